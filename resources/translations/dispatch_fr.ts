<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>ActionController</name>
        <message>
            <location filename="../../console/controllers/actions.py" line="47" />
            <source>{what}: {reason}</source>
            <translation>{what} : {reason}</translation>
        </message>
    </context>
    <context>
        <name>Age</name>
        <message>
            <location filename="../../widgets/clock.py" line="41" />
            <source>never</source>
            <translation>jamais</translation>
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
            <translation>{n} j</translation>
        </message>
    </context>
    <context>
        <name>AlertController</name>
        <message>
            <location filename="../../console/controllers/alerts.py" line="89" />
            <source>link</source>
            <translation>rattachement</translation>
        </message>
        <message>
            <location filename="../../console/controllers/alerts.py" line="90" />
            <source>dismiss</source>
            <translation>classement</translation>
        </message>
        <message>
            <location filename="../../console/controllers/alerts.py" line="91" />
            <source>acknowledge</source>
            <translation>acquittement</translation>
        </message>
        <message>
            <location filename="../../console/controllers/alerts.py" line="92" />
            <source>promote</source>
            <translation>transformation en intervention</translation>
        </message>
    </context>
    <context>
        <name>AlertPanel</name>
        <message>
            <location filename="../../widgets/alert_panel.py" line="113" />
            <source>No area</source>
            <translation>Pas de zone</translation>
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
            <translation>cercle r {r}</translation>
        </message>
    </context>
    <context>
        <name>AlertPanelDock</name>
        <message>
            <location filename="../../widgets/alert_panel.py" line="129" />
            <source>Alert</source>
            <translation>Alerte</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="138" />
            <source>EXERCISE — not a real alert</source>
            <translation>EXERCICE — pas une alerte réelle</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="156" />
            <source>Origin</source>
            <translation>Origine</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="157" />
            <source>Severity</source>
            <translation>Gravité</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="158" />
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="159" />
            <source>Raised</source>
            <translation>Déclenchée</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="160" />
            <source>Sensor</source>
            <translation>Capteur</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="161" />
            <source>Zone</source>
            <translation>Zone</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="162" />
            <source>Track</source>
            <translation>Piste</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="163" />
            <source>Incident</source>
            <translation>Intervention</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="164" />
            <source>Area</source>
            <translation>Zone</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="165" />
            <source>CAP identifier</source>
            <translation>Identifiant CAP</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="166" />
            <source>CAP sender</source>
            <translation>Émetteur CAP</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="167" />
            <source>CAP event</source>
            <translation>Événement CAP</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="168" />
            <source>Nearby</source>
            <translation>À proximité</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="184" />
            <source>Acknowledge</source>
            <translation>Acquitter</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="185" />
            <source>Promote to incident…</source>
            <translation>Transformer en intervention…</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="186" />
            <source>Link to incident…</source>
            <translation>Rattacher à une intervention…</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="187" />
            <source>Dismiss…</source>
            <translation>Classer…</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="274" />
            <source>No alert selected</source>
            <translation>Aucune alerte sélectionnée</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="283" />
            <source>{severity} (exercise)</source>
            <translation>{severity} (exercice)</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="309" />
            <source>{time} ({age} ago)</source>
            <translation>{time} (il y a {age})</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_panel.py" line="346" />
            <source>Promote alert {id} to an incident</source>
            <translation>Transformer l'alerte {id} en intervention</translation>
        </message>
    </context>
    <context>
        <name>AlertQueue</name>
        <message>
            <location filename="../../widgets/alert_queue.py" line="101" />
            <source>Extreme</source>
            <translation>Extrême</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="102" />
            <source>Severe</source>
            <translation>Grave</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="103" />
            <source>Moderate</source>
            <translation>Modérée</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="104" />
            <source>Minor</source>
            <translation>Mineure</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="105" />
            <source>Unknown</source>
            <translation>Inconnu</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="112" />
            <source>New</source>
            <translation>Nouvelle</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="113" />
            <source>Acknowledged</source>
            <translation>Acquittée</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="114" />
            <source>Promoted</source>
            <translation>Transformée</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="115" />
            <source>Linked</source>
            <translation>Rattachée</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="116" />
            <source>Dismissed</source>
            <translation>Classée</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="117" />
            <source>Cancelled</source>
            <translation>Annulé</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="124" />
            <source>Zone entry</source>
            <translation>Entrée en zone</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="125" />
            <source>Zone alarm</source>
            <translation>Alarme de zone</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="126" />
            <source>CAP</source>
            <translation>CAP</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="127" />
            <source>Radio</source>
            <translation>Radio</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="300" />
            <source>EXERCISE · {severity}</source>
            <translation>EXERCICE · {severity}</translation>
        </message>
    </context>
    <context>
        <name>AlertQueueDock</name>
        <message>
            <location filename="../../widgets/alert_queue.py" line="332" />
            <source>Alerts</source>
            <translation>Alertes</translation>
        </message>
    </context>
    <context>
        <name>AlertQueueModel</name>
        <message>
            <location filename="../../widgets/alert_queue.py" line="212" />
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="213" />
            <source>Severity</source>
            <translation>Gravité</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="214" />
            <source>Origin</source>
            <translation>Origine</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="215" />
            <source>Alert</source>
            <translation>Alerte</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="216" />
            <source>Zone / sensor</source>
            <translation>Zone / capteur</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="217" />
            <source>Age</source>
            <translation>Âge</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="218" />
            <source>Incident</source>
            <translation>Intervention</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="262" />
            <source>EXERCISE · {severity}</source>
            <translation>EXERCICE · {severity}</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="281" />
            <source>Raised {time}</source>
            <translation>Déclenchée {time}</translation>
        </message>
        <message>
            <location filename="../../widgets/alert_queue.py" line="283" />
            <source>Exercise alert: not real</source>
            <translation>Alerte d'exercice : pas réelle</translation>
        </message>
    </context>
    <context>
        <name>CallController</name>
        <message>
            <location filename="../../console/controllers/calls.py" line="155" />
            <source>use location</source>
            <translation>prise de la localisation</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="156" />
            <source>call location</source>
            <translation>localisation de l'appel</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="157" />
            <source>partner answer</source>
            <translation>réponse au partenaire</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="158" />
            <source>answer</source>
            <translation>décroché</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="159" />
            <source>abandon</source>
            <translation>raccroché</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="160" />
            <source>release</source>
            <translation>libération</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="161" />
            <source>verify</source>
            <translation>vérification</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="162" />
            <source>attach</source>
            <translation>rattachement</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="163" />
            <source>map location</source>
            <translation>localisation sur la carte</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="164" />
            <source>create incident</source>
            <translation>création d'intervention</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="175" />
            <source>this site has no partner agencies ([[http.partners]] in site.toml)</source>
            <translation>ce site n'a pas de services partenaires ([[http.partners]] dans site.toml)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="178" />
            <source>{answer} sent to the partner of {call}</source>
            <translation>réponse {answer} envoyée au centre partenaire de {call}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="192" />
            <source>{what}: call {call} has no position: {command}</source>
            <translation>{what} : l'appel {call} n'a pas de position : {command}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="206" />
            <source>{call} at {where}: type the incident type (Tab completes)</source>
            <translation>Appel {call} à {where} : tapez le type d'intervention (Tab complète)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="352" />
            <source>places unavailable</source>
            <translation>lieux indisponibles</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="378" />
            <source>no named street nearby</source>
            <translation>aucune rue nommée à proximité</translation>
        </message>
    </context>
    <context>
        <name>CallPanelDock</name>
        <message>
            <location filename="../../widgets/call_panel.py" line="152" />
            <source>Call</source>
            <translation>Appel</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="172" />
            <source>Copy coordinates</source>
            <translation>Copier les coordonnées</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="175" />
            <source>Verify location</source>
            <translation>Vérifier la position</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="177" />
            <source>Pick on map</source>
            <translation>Pointer sur la carte</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="183" />
            <source>Use this location</source>
            <translation>Utiliser cette position</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="196" />
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="196" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="196" />
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="196" />
            <source>Radius</source>
            <translation>Rayon</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="216" />
            <source>Answer</source>
            <translation>Décrocher</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="218" />
            <source>Abandoned</source>
            <translation>Raccroché</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="221" />
            <source>Create incident…</source>
            <translation>Créer une intervention…</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="223" />
            <source>Release</source>
            <translation>Libérer</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="346" />
            <source>Near: {place}</source>
            <translation>Près de : {place}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="358" />
            <source>No call selected</source>
            <translation>Aucun appel sélectionné</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="361" />
            <source>(no number)</source>
            <translation>(pas de numéro)</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="365" />
            <source>Class of service: {cos} — {text}</source>
            <translation>Classe de service : {cos} — {text}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="367" />
            <source>Class of service: {cos}</source>
            <translation>Classe de service : {cos}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="367" />
            <source>unknown</source>
            <translation>inconnu</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="389" />
            <source>Caller's language: {language}</source>
            <translation>Langue de l'appelant : {language}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="403" />
            <source>No location yet</source>
            <translation>Pas encore de lieu</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="405" />
            <source>verified</source>
            <translation>vérifié</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="405" />
            <source>not verified</source>
            <translation>non vérifié</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="407" />
            <source>Location: {source} · {verified}</source>
            <translation>Lieu : {source} · {verified}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="414" />
            <source>No position</source>
            <translation>Pas de position</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="416" />
            <source>accuracy unknown</source>
            <translation>précision inconnue</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="417" />
            <source>Located at {time}</source>
            <translation>Localisé à {time}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="457" />
            <source>New automatic fix offered: {details}, {time}</source>
            <translation>Nouvelle position automatique proposée : {details}, {time}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="463" />
            <source>{n} m from the location in force</source>
            <translation>{n} m de la position retenue</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="487" />
            <source>Possible duplicate of {id} ({details})</source>
            <translation>Doublon possible de {id} ({details})</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="491" />
            <source>Possible duplicate of {id}</source>
            <translation>Doublon possible de {id}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="493" />
            <source>Attach</source>
            <translation>Rattacher</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="514" />
            <source>Ringing {ring}</source>
            <translation>Sonnerie {ring}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="517" />
            <source>Answered · talking {talk} (rang {ring})</source>
            <translation>Décroché · en ligne {talk} (sonnerie {ring})</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="519" />
            <source>{state} · offered {time}</source>
            <translation>{state} · reçu {time}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="96" />
            <source>Residence</source>
            <translation>Particulier</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="97" />
            <source>Business</source>
            <translation>Professionnel</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="98" />
            <source>PBX, business</source>
            <translation>Standard, professionnel</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="99" />
            <source>Pay phone</source>
            <translation>Cabine publique</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="100" />
            <source>Wireless</source>
            <translation>Mobile</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="101" />
            <source>Wireless phase I (tower)</source>
            <translation>Mobile phase I (relais)</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="102" />
            <source>Wireless phase II (handset)</source>
            <translation>Mobile phase II (combiné)</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="103" />
            <source>VoIP</source>
            <translation>VoIP</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="104" />
            <source>VoIP residence</source>
            <translation>VoIP particulier</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="105" />
            <source>VoIP business</source>
            <translation>VoIP professionnel</translation>
        </message>
        <message>
            <location filename="../../widgets/call_panel.py" line="106" />
            <source>VoIP mobile</source>
            <translation>VoIP mobile</translation>
        </message>
    </context>
    <context>
        <name>CallQueue</name>
        <message>
            <location filename="../../widgets/call_queue.py" line="83" />
            <source>Ringing</source>
            <translation>Sonne</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="84" />
            <source>Answered</source>
            <translation>Décroché</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="85" />
            <source>Abandoned</source>
            <translation>Raccroché</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="86" />
            <source>Released</source>
            <translation>Libéré</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="116" />
            <source>No location yet</source>
            <translation>Pas encore de lieu</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="120" />
            <source>No position</source>
            <translation>Pas de position</translation>
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
            <translation>Appels</translation>
        </message>
    </context>
    <context>
        <name>CallQueueModel</name>
        <message>
            <location filename="../../widgets/call_queue.py" line="199" />
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="200" />
            <source>Number</source>
            <translation>Numéro</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="201" />
            <source>Class</source>
            <translation>Classe</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="202" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="203" />
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="204" />
            <source>Location</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="205" />
            <source>Incident</source>
            <translation>Intervention</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="231" />
            <source>(no number)</source>
            <translation>(pas de numéro)</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="244" />
            <source>≈ {id}</source>
            <translation>≈ {id}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="251" />
            <source>Ringing for {t}</source>
            <translation>Sonne depuis {t}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="252" />
            <source>Talking for {t}</source>
            <translation>En ligne depuis {t}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="253" />
            <source>Abandoned {t} ago</source>
            <translation>Raccroché il y a {t}</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="262" />
            <source>Verified by the call-taker</source>
            <translation>Vérifié par l'opérateur</translation>
        </message>
        <message>
            <location filename="../../widgets/call_queue.py" line="266" />
            <source>Possible duplicate of {ids}</source>
            <translation>Doublon possible de {ids}</translation>
        </message>
    </context>
    <context>
        <name>ClockWidget</name>
        <message>
            <location filename="../../widgets/clock.py" line="103" />
            <source>UTC {utc} · Local {local} ({zone})</source>
            <translation>UTC {utc} · locale {local} ({zone})</translation>
        </message>
        <message>
            <location filename="../../widgets/clock.py" line="110" />
            <source>UTC {utc}
Local {local}</source>
            <translation>UTC {utc}
Locale {local}</translation>
        </message>
    </context>
    <context>
        <name>CloseIncidentDialog</name>
        <message>
            <location filename="../../widgets/dialogs.py" line="167" />
            <source>Close incident {id}</source>
            <extracomment>The short list a dispatcher picks from; the last entry needs free text.</extracomment>
            <translation>Clôturer l'intervention {id}</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="169" />
            <source>How did incident {id} end?</source>
            <translation>Comment s'est terminée l'intervention {id} ?</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="178" />
            <source>Details (optional)</source>
            <translation>Détails (facultatif)</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="180" />
            <source>Close incident</source>
            <translation>Clôturer l'intervention</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="183" />
            <source>Details</source>
            <translation>Détails</translation>
        </message>
    </context>
    <context>
        <name>CommandGrammar</name>
        <message>
            <location filename="../../console/controllers/command_grammar.py" line="277" />
            <source>no call is ringing</source>
            <translation>aucun appel ne sonne</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_grammar.py" line="288" />
            <source>the type comes first: {usage}</source>
            <translation>le type d'abord : {usage}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_grammar.py" line="346" />
            <source>type a command, or HELP for the list</source>
            <translation>tapez une commande, ou HELP pour la liste</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="45" />
            <source>D &lt;incident&gt; [&lt;unit&gt;...]</source>
            <extracomment>What each argument is, by position, for completion ("unit..." repeats; "a|b" either): incident, unit, type, call, alert, place, disposition, command, text.</extracomment>
            <translation>D &lt;intervention&gt; [&lt;engin&gt;...]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="46" />
            <source>Dispatch units; without units, the recommendation</source>
            <translation>Engager des engins ; sans engin, la proposition</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="53" />
            <source>ER &lt;unit&gt;...</source>
            <translation>ER &lt;engin&gt;...</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="54" />
            <source>En route</source>
            <translation>En route</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="61" />
            <source>OS &lt;unit&gt;...</source>
            <translation>OS &lt;engin&gt;...</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="62" />
            <source>On scene</source>
            <translation>Sur les lieux</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="69" />
            <source>TR &lt;unit&gt;...</source>
            <translation>TR &lt;engin&gt;...</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="70" />
            <source>Transporting</source>
            <translation>Transport en cours</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="77" />
            <source>AH &lt;unit&gt;...</source>
            <translation>AH &lt;engin&gt;...</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="78" />
            <source>At hospital</source>
            <translation>À l'hôpital</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="85" />
            <source>AV &lt;unit&gt;...</source>
            <translation>AV &lt;engin&gt;...</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="86" />
            <source>Available in quarters</source>
            <translation>Disponible au centre</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="93" />
            <source>AR &lt;unit&gt;...</source>
            <translation>AR &lt;engin&gt;...</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="94" />
            <source>Available on radio</source>
            <translation>Disponible radio</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="101" />
            <source>OOS &lt;unit&gt;... [reason]</source>
            <translation>OOS &lt;engin&gt;... [motif]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="102" />
            <source>Out of service</source>
            <translation>Indisponible</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="109" />
            <source>N &lt;type&gt; [@ place | @ lat,lon [text] | @ selected]</source>
            <translation>N &lt;type&gt; [@ lieu | @ lat,lon [texte] | @ selected]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="110" />
            <source>New incident; after @ type an address, corner or landmark and pick</source>
            <translation>Nouvelle intervention ; après @, tapez une adresse, un carrefour ou un repère et choisissez</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="119" />
            <source>LOC &lt;incident&gt; @ place | LOC [&lt;call&gt;] [@ place | lat,lon | offered]</source>
            <translation>LOC &lt;intervention&gt; @ lieu | LOC [&lt;appel&gt;] [@ lieu | lat,lon | offered]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="122" />
            <source>Verify or replace a location: an incident's, or a call's (no @: verify it)</source>
            <translation>Vérifier ou remplacer une localisation : d'une intervention ou d'un appel (sans @ : la vérifier)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="132" />
            <source>WHERE &lt;unit|incident&gt;</source>
            <translation>WHERE &lt;engin|intervention&gt;</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="133" />
            <source>Name its position: nearest street</source>
            <translation>Nommer sa position : rue la plus proche</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="140" />
            <source>R &lt;incident&gt;</source>
            <translation>R &lt;intervention&gt;</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="141" />
            <source>Show the recommendation</source>
            <translation>Afficher la proposition</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="148" />
            <source>NOTE &lt;incident&gt; &lt;text&gt;</source>
            <translation>NOTE &lt;intervention&gt; &lt;texte&gt;</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="149" />
            <source>Add a note</source>
            <translation>Ajouter une note</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="156" />
            <source>CLOSE &lt;incident&gt; &lt;disposition&gt;</source>
            <translation>CLOSE &lt;intervention&gt; &lt;bilan&gt;</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="157" />
            <source>Close an incident</source>
            <translation>Clôturer une intervention</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="164" />
            <source>REOPEN &lt;incident&gt; &lt;reason&gt;</source>
            <translation>REOPEN &lt;intervention&gt; &lt;motif&gt;</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="165" />
            <source>Reopen a closed incident (supervisor)</source>
            <translation>Rouvrir une intervention clôturée (chef de salle)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="172" />
            <source>HANDOVER &lt;incident&gt; &lt;partner&gt; [note]</source>
            <translation>HANDOVER &lt;intervention&gt; &lt;partenaire&gt; [note]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="173" />
            <source>Hand the incident over to a partner control room</source>
            <translation>Transmettre l'intervention à un centre partenaire</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="180" />
            <source>PANSWER [&lt;call&gt;] accepted|rejected|completed [reason]</source>
            <translation>PANSWER [&lt;appel&gt;] accepted|rejected|completed [motif]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="183" />
            <source>Answer the partner whose handover made the call</source>
            <translation>Répondre au partenaire dont la transmission a créé l'appel</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="190" />
            <source>SEL &lt;unit|incident|call|alert&gt;</source>
            <translation>SEL &lt;engin|intervention|appel|alerte&gt;</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="191" />
            <source>Select and centre on the map</source>
            <translation>Sélectionner et centrer sur la carte</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="198" />
            <source>CARD [&lt;incident&gt;]</source>
            <translation>CARD [&lt;intervention&gt;]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="199" />
            <source>Open the incident's card (units, timers, notes)</source>
            <translation>Ouvrir la fiche d'intervention (engins, minuteries, notes)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="206" />
            <source>ANS [&lt;call&gt;]</source>
            <translation>ANS [&lt;appel&gt;]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="207" />
            <source>Answer a call; alone, the one ringing longest</source>
            <translation>Décrocher un appel ; seul : celui qui sonne depuis le plus longtemps</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="214" />
            <source>CI [&lt;type&gt;] [&lt;call&gt;]</source>
            <translation>CI [&lt;type&gt;] [&lt;appel&gt;]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="215" />
            <source>Incident from the call at its place (address verified); no type: asks</source>
            <translation>Intervention depuis l'appel à son adresse (vérifiée) ; sans type : demande</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="225" />
            <source>ATT &lt;incident&gt; [&lt;call&gt;]</source>
            <translation>ATT &lt;intervention&gt; [&lt;appel&gt;]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="226" />
            <source>Attach the call to an incident (a duplicate)</source>
            <translation>Rattacher l'appel à une intervention (doublon)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="233" />
            <source>REL [&lt;call&gt;]</source>
            <translation>REL [&lt;appel&gt;]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="234" />
            <source>Release the call (it is over)</source>
            <translation>Libérer l'appel (terminé)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="241" />
            <source>ABN [&lt;call&gt;] [reason]</source>
            <translation>ABN [&lt;appel&gt;] [motif]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="242" />
            <source>Mark the call abandoned (the caller hung up)</source>
            <translation>Marquer l'appel raccroché (l'appelant a raccroché)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="249" />
            <source>ACK [&lt;alert&gt;]</source>
            <translation>ACK [&lt;alerte&gt;]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="250" />
            <source>Acknowledge an alert</source>
            <translation>Acquitter une alerte</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="257" />
            <source>PROM [&lt;alert&gt;] [&lt;type&gt;]</source>
            <translation>PROM [&lt;alerte&gt;] [&lt;type&gt;]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="258" />
            <source>Promote the alert to an incident (type: the suggested one)</source>
            <translation>Transformer l'alerte en intervention (type : celui proposé)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="267" />
            <source>LINK [&lt;alert&gt;] &lt;incident|call&gt;</source>
            <translation>LINK [&lt;alerte&gt;] &lt;intervention|appel&gt;</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="268" />
            <source>Link the alert to an incident or a call</source>
            <translation>Lier l'alerte à une intervention ou à un appel</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="275" />
            <source>DISMISS [&lt;alert&gt;] &lt;reason&gt;</source>
            <translation>DISMISS [&lt;alerte&gt;] &lt;motif&gt;</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="276" />
            <source>Dismiss the alert, with the reason</source>
            <translation>Écarter l'alerte, avec le motif</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="283" />
            <source>RESEND &lt;unit&gt; [&lt;link&gt;]</source>
            <translation>RESEND &lt;engin&gt; [&lt;liaison&gt;]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="284" />
            <source>Page the unit again; with a link name, over that path instead</source>
            <translation>Rebiper l'engin ; avec un nom de liaison, par ce chemin</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="293" />
            <source>VOICE &lt;unit&gt;</source>
            <translation>VOICE &lt;engin&gt;</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="294" />
            <source>The unit was reached by voice: ends its page's alarm</source>
            <translation>Engin joint à la voix : met fin à l'alarme de l'alerte</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="301" />
            <source>HELP [command]</source>
            <translation>HELP [commande]</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_help.py" line="302" />
            <source>Show this help</source>
            <translation>Afficher cette aide</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_places.py" line="65" />
            <source>bad position '{word}': expected @ place, @ lat,lon (e.g. @ 60.1699,24.9384) or @ selected</source>
            <translation>position invalide « {word} » : attendu @ lieu, @ lat,lon (p. ex. @ 60.1699,24.9384) ou @ selected</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_places.py" line="76" />
            <source>latitude {value} is out of range (-90 to 90)</source>
            <translation>latitude {value} hors limites (-90 à 90)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_places.py" line="82" />
            <source>longitude {value} is out of range (-180 to 180)</source>
            <translation>longitude {value} hors limites (-180 à 180)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_places.py" line="104" />
            <location filename="../../console/controllers/command_places.py" line="151" />
            <source>where? type a place after @, e.g. @ Mariankatu 12</source>
            <translation>où ? tapez un lieu après @, p. ex. @ Mariankatu 12</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_places.py" line="129" />
            <location filename="../../console/controllers/command_places.py" line="166" />
            <location filename="../../console/controllers/command_words.py" line="418" />
            <source>unexpected '{word}'; usage: {usage}</source>
            <translation>« {word} » inattendu ; usage : {usage}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_places.py" line="178" />
            <location filename="../../console/controllers/command_places.py" line="187" />
            <source>a call's place is @ place, @ lat,lon or @ offered</source>
            <translation>le lieu d'un appel est @ lieu, @ lat,lon ou @ offered</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="167" />
            <source>unknown incident '{word}'</source>
            <extracomment>Ids of calls and alerts that are over (released, promoted, ...): named, never proposed; the console says why it cannot act on them. Closed incident ids (REOPEN names one), most recently closed first. Partner control rooms' names (HANDOVER); empty: the console refuses a handover. "unknown &lt;what&gt; '{word}'" and its "did you mean" form, per kind of name.</extracomment>
            <translation>intervention inconnue « {word} »</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="168" />
            <source>unknown incident '{word}' — did you mean {suggestion}?</source>
            <translation>intervention inconnue « {word} » — vouliez-vous dire {suggestion} ?</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="173" />
            <source>unknown closed incident '{word}'</source>
            <translation>intervention clôturée inconnue « {word} »</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="174" />
            <source>unknown closed incident '{word}' — did you mean {suggestion}?</source>
            <translation>intervention clôturée inconnue « {word} » — vouliez-vous dire {suggestion} ?</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="179" />
            <source>unknown partner '{word}'</source>
            <translation>partenaire inconnu « {word} »</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="180" />
            <source>unknown partner '{word}' — did you mean {suggestion}?</source>
            <translation>partenaire inconnu « {word} » — vouliez-vous dire {suggestion} ?</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="185" />
            <source>unknown answer '{word}'</source>
            <translation>réponse inconnue « {word} »</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="186" />
            <source>unknown answer '{word}' — did you mean {suggestion}?</source>
            <translation>réponse inconnue « {word} » — vouliez-vous dire {suggestion} ?</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="189" />
            <source>unknown call '{word}'</source>
            <translation>appel inconnu « {word} »</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="190" />
            <source>unknown call '{word}' — did you mean {suggestion}?</source>
            <translation>appel inconnu « {word} » — vouliez-vous dire {suggestion} ?</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="193" />
            <source>unknown alert '{word}'</source>
            <translation>alerte inconnue « {word} »</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="194" />
            <source>unknown alert '{word}' — did you mean {suggestion}?</source>
            <translation>alerte inconnue « {word} » — vouliez-vous dire {suggestion} ?</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="197" />
            <source>unknown unit '{word}'</source>
            <translation>engin inconnu « {word} »</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="198" />
            <source>unknown unit '{word}' — did you mean {suggestion}?</source>
            <translation>engin inconnu « {word} » — vouliez-vous dire {suggestion} ?</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="201" />
            <source>unknown incident type '{word}'</source>
            <translation>type d'intervention inconnu « {word} »</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="202" />
            <source>unknown incident type '{word}' — did you mean {suggestion}?</source>
            <translation>type d'intervention inconnu « {word} » — vouliez-vous dire {suggestion} ?</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="207" />
            <source>unknown unit or incident '{word}'</source>
            <translation>engin ou intervention inconnu « {word} »</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="208" />
            <source>unknown unit or incident '{word}' — did you mean {suggestion}?</source>
            <translation>engin ou intervention inconnu « {word} » — vouliez-vous dire {suggestion} ?</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="213" />
            <source>unknown command '{word}'</source>
            <translation>commande inconnue « {word} »</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="214" />
            <source>unknown command '{word}' — did you mean {suggestion}?</source>
            <translation>commande inconnue « {word} » — vouliez-vous dire {suggestion} ?</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="221" />
            <source>no call is selected ('.' means the selected call)</source>
            <extracomment>"no &lt;what&gt; is selected" for a call or an alert named by ".".</extracomment>
            <translation>aucun appel sélectionné (« . » désigne l'appel sélectionné)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="224" />
            <source>no alert is selected ('.' means the selected alert)</source>
            <translation>aucune alerte sélectionnée (« . » désigne l'alerte sélectionnée)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="262" />
            <source>no incident is selected ('.' means the selected incident)</source>
            <translation>aucune intervention sélectionnée (« . » désigne l'intervention sélectionnée)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="277" />
            <source>incident '{word}' is ambiguous: {choices}</source>
            <translation>intervention « {word} » ambiguë : {choices}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="343" />
            <source>no call is selected: name one ({usage})</source>
            <translation>aucun appel sélectionné : nommez-en un ({usage})</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="353" />
            <source>no alert is selected: name one ({usage})</source>
            <translation>aucune alerte sélectionnée : nommez-en une ({usage})</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="394" />
            <source>incident type '{word}' is ambiguous: {choices}</source>
            <translation>type d'intervention « {word} » ambigu : {choices}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/command_words.py" line="404" />
            <source>{verb} needs more: {usage}</source>
            <translation>{verb} incomplet : {usage}</translation>
        </message>
    </context>
    <context>
        <name>CommandLineWidget</name>
        <message>
            <location filename="../../widgets/command_line.py" line="159" />
            <source>Command (F1 for help), e.g. D 123 E11</source>
            <extracomment>What a position looks like while it is being typed ("60.17", "60°10'N 24"). Keys the line keeps for itself even where the window has a shortcut on them.</extracomment>
            <translation>Commande (F1 pour l'aide), p. ex. D 123 E11</translation>
        </message>
        <message>
            <location filename="../../widgets/command_line.py" line="207" />
            <source>Command</source>
            <translation>Commande</translation>
        </message>
        <message>
            <location filename="../../widgets/command_line.py" line="207" />
            <source>Meaning</source>
            <translation>Signification</translation>
        </message>
        <message>
            <location filename="../../widgets/command_line.py" line="207" />
            <source>Also</source>
            <translation>Aussi</translation>
        </message>
        <message>
            <location filename="../../widgets/command_line.py" line="207" />
            <source>Example</source>
            <translation>Exemple</translation>
        </message>
        <message>
            <location filename="../../widgets/command_line.py" line="315" />
            <source>No place found for '{query}'</source>
            <translation>Aucun lieu trouvé pour « {query} »</translation>
        </message>
        <message>
            <location filename="../../widgets/command_line.py" line="479" />
            <source>Picked: {label} (typed: {typed})</source>
            <translation>Choisi : {label} (saisi : {typed})</translation>
        </message>
    </context>
    <context>
        <name>ConsoleSession</name>
        <message>
            <location filename="../../console/session/live.py" line="251" />
            <source>STORE UNAVAILABLE — links are not started, nothing is received: {err}</source>
            <translation>BASE INDISPONIBLE — liaisons non démarrées, rien n'est reçu : {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/live.py" line="254" />
            <source>Store: unavailable</source>
            <translation>Base : indisponible</translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/session/live.py" line="559" />
            <source>Store: {where} · %n event(s)</source>
            <translation>
                <numerusform>Base : {where} · %n événement</numerusform>
                <numerusform>Base : {where} · %n événements</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../console/session/link_notes.py" line="64" />
            <source>paused: the store is not keeping up</source>
            <translation>en pause : la base ne suit pas</translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/session/link_notes.py" line="69" />
            <source>%n datagram(s) dropped while the store was not keeping up</source>
            <translation>
                <numerusform>%n datagramme perdu : la base ne suivait pas</numerusform>
                <numerusform>%n datagrammes perdus : la base ne suivait pas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/session/link_notes.py" line="73" />
            <source>%n datagram(s) dropped by the system: they came faster than the console could read</source>
            <translation>
                <numerusform>%n datagramme perdu par le système : arrivé plus vite que la console ne pouvait lire</numerusform>
                <numerusform>%n datagrammes perdus par le système : arrivés plus vite que la console ne pouvait lire</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/session/link_notes.py" line="89" />
            <source>%n slow or idle connection(s) cut</source>
            <translation>
                <numerusform>%n connexion lente ou inactive coupée</numerusform>
                <numerusform>%n connexions lentes ou inactives coupées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/session/link_notes.py" line="91" />
            <source>%n connection(s) refused at the cap</source>
            <translation>
                <numerusform>%n connexion refusée au plafond</numerusform>
                <numerusform>%n connexions refusées au plafond</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../console/session/link_notes.py" line="100" />
            <source>{radar} DOWN: {reason}</source>
            <translation>{radar} HS : {reason}</translation>
        </message>
        <message>
            <location filename="../../console/session/link_notes.py" line="102" />
            <source>{radar} degraded: {reason}</source>
            <translation>{radar} dégradé : {reason}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/session/link_notes.py" line="83" />
            <source>%n request(s) refused ({size} not stored)</source>
            <translation>
                <numerusform>%n requête refusée ({size} non enregistrés)</numerusform>
                <numerusform>%n requêtes refusées ({size} non enregistrés)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../console/session/logged_links.py" line="112" />
            <source>run by another process (the recorder): as the log tells it</source>
            <translation>géré par un autre processus (l'enregistreur) : tel que le journal le rapporte</translation>
        </message>
        <message>
            <location filename="../../console/session/session_connection.py" line="67" />
            <source>the database connection is lost ({why}); the action was not recorded</source>
            <translation>la connexion à la base de données est perdue ({why}) ; l'action n'a pas été enregistrée</translation>
        </message>
        <message>
            <location filename="../../console/session/session_connection.py" line="53" />
            <source>since {time}: {error}</source>
            <translation>depuis {time} : {error}</translation>
        </message>
        <message>
            <location filename="../../console/session/session_connection.py" line="71" />
            <source>DATABASE CONNECTION LOST {why} — the picture is frozen as last known; actions are refused until it returns</source>
            <translation>CONNEXION À LA BASE DE DONNÉES PERDUE {why} — l'affichage est figé au dernier état connu ; les actions sont refusées jusqu'à son retour</translation>
        </message>
        <message>
            <location filename="../../console/session/session_connection.py" line="77" />
            <source>the store cannot be written ({err}); the action was not recorded</source>
            <translation>la base ne peut pas être écrite ({err}) ; l'action n'a pas été enregistrée</translation>
        </message>
        <message>
            <location filename="../../console/session/session_connection.py" line="81" />
            <source>STORE FAILING — received data is held in memory and retried, not yet stored; actions are refused: {err}</source>
            <translation>BASE EN DÉFAUT — les données reçues sont gardées en mémoire et réessayées, pas encore enregistrées ; les actions sont refusées : {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/session_reach.py" line="228" />
            <source>{unit}: {label} (radio {link} {address})</source>
            <translation>{unit} : {label} (radio {link} {address})</translation>
        </message>
        <message>
            <location filename="../../console/session/session_reach.py" line="123" />
            <source>PAGING AND RADIO NOT STARTED: {err}</source>
            <translation>BIPS ET RADIO NON DÉMARRÉS : {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/session_reach.py" line="215" />
            <source>NOT ACKNOWLEDGED: {units} — RESEND &lt;unit&gt; [link] or VOICE &lt;unit&gt;</source>
            <translation>NON ACQUITTÉ : {units} — RESEND &lt;engin&gt; [liaison] ou VOICE &lt;engin&gt;</translation>
        </message>
        <message>
            <location filename="../../console/session/session_reach.py" line="175" />
            <source>PARTNER AGENCIES NOT STARTED: {err}</source>
            <translation>LIAISON AVEC LES SERVICES PARTENAIRES NON DÉMARRÉE : {err}</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <location filename="../../widgets/error_dialog.py" line="182" />
            <source>Unexpected error</source>
            <translation>Erreur inattendue</translation>
        </message>
    </context>
    <context>
        <name>DismissAlertDialog</name>
        <message>
            <location filename="../../widgets/dialogs.py" line="358" />
            <source>Dismiss alert {id}</source>
            <extracomment>Common reasons to dismiss an alert; the last entry needs free text.</extracomment>
            <translation>Classer l'alerte {id}</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="359" />
            <source>Why is alert {id} dismissed?</source>
            <translation>Pourquoi l'alerte {id} est-elle classée ?</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="366" />
            <source>Details</source>
            <translation>Détails</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="368" />
            <source>Dismiss alert</source>
            <translation>Classer l'alerte</translation>
        </message>
    </context>
    <context>
        <name>DispatchController</name>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="176" />
            <source>dispatch</source>
            <translation>engagement</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="177" />
            <source>status</source>
            <translation>statut</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="178" />
            <source>new incident</source>
            <translation>nouvelle intervention</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="179" />
            <source>recommend</source>
            <translation>proposition</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="180" />
            <source>note</source>
            <translation>note</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="181" />
            <source>close</source>
            <translation>clôture</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="182" />
            <source>location</source>
            <translation>localisation</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="183" />
            <source>where</source>
            <translation>où</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="184" />
            <source>resend</source>
            <translation>renvoi</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="185" />
            <source>voice</source>
            <translation>voix</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="186" />
            <source>reopen</source>
            <translation>réouverture</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="187" />
            <source>handover</source>
            <translation>transmission</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="264" />
            <source>this site has no partner agencies ([[http.partners]] in site.toml)</source>
            <translation>ce site n'a pas de services partenaires ([[http.partners]] dans site.toml)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="267" />
            <source>handed over to {partner}</source>
            <translation>transmis au centre {partner}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="372" />
            <source>unknown incident {incident}</source>
            <translation>intervention inconnue {incident}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="330" />
            <source>no unit is available for {incident}</source>
            <translation>aucun engin disponible pour {incident}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch.py" line="463" />
            <source>card: unknown incident {incident}</source>
            <translation>fiche : intervention inconnue {incident}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="78" />
            <source>{target}: {place}</source>
            <translation>{target} : {place}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="92" />
            <source>no named street nearby</source>
            <translation>aucune rue nommée à proximité</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="97" />
            <source>{place}, {distance} m</source>
            <translation>{place}, {distance} m</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="132" />
            <source>places are unavailable: give @ lat,lon or pick on the map</source>
            <translation>lieux indisponibles : indiquez @ lat,lon ou pointez sur la carte</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="192" />
            <source>places unavailable: give @ lat,lon</source>
            <translation>lieux indisponibles : saisir @ lat,lon</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="208" />
            <source>places unavailable</source>
            <translation>lieux indisponibles</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="224" />
            <source>places unavailable ({why}): coordinates only</source>
            <translation>lieux indisponibles ({why}) : coordonnées seulement</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="86" />
            <source>{where} (places unavailable)</source>
            <translation>{where} (lieux indisponibles)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="93" />
            <source>{where} ({why})</source>
            <translation>{where} ({why})</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="118" />
            <source>where? give @ place or @ lat,lon, or select a unit or incident and use @ sel</source>
            <translation>où ? indiquez @ lieu ou @ lat,lon, ou sélectionnez un engin ou une intervention et utilisez @ sel</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="156" />
            <source>which place? {places} — pick one from the list; nothing was created</source>
            <translation>quel lieu ? {places} — choisissez-en un dans la liste ; rien n'a été créé</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="147" />
            <source>no place found for '{query}'; nothing was created</source>
            <translation>aucun lieu trouvé pour « {query} » ; rien n'a été créé</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="65" />
            <source>{unit} has no position fix</source>
            <translation>{unit} n'a pas de position</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="141" />
            <source>places are unavailable ({why}): give @ lat,lon or pick on the map; nothing was created</source>
            <translation>lieux indisponibles ({why}) : indiquez @ lat,lon ou pointez sur la carte ; rien n'a été créé</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_places.py" line="176" />
            <source>{error}; nothing was created</source>
            <translation>{error} ; rien n'a été créé</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="78" />
            <source>queued</source>
            <translation>en file</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="79" />
            <source>sent</source>
            <translation>envoyé</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="80" />
            <source>link acknowledged</source>
            <translation>acquitté par la liaison</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="81" />
            <source>delivered</source>
            <translation>remis</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="82" />
            <source>read</source>
            <translation>lu</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="83" />
            <source>accepted</source>
            <translation>accepté</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="86" />
            <source>reached by voice</source>
            <translation>joint à la voix</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="42" />
            <source>this site has no paging or radio links ([reach] in site.toml)</source>
            <translation>ce site n'a pas de liaison d'alerte ni radio ([reach] dans site.toml)</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="88" />
            <source>rejected</source>
            <translation>refusé</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="97" />
            <source>NO LINK ACKNOWLEDGEMENT</source>
            <translation>PAS D'ACQUIT DE LA LIAISON</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="99" />
            <source>NO CREW ACKNOWLEDGEMENT</source>
            <translation>PAS D'ACQUIT DE L'ÉQUIPAGE</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="102" />
            <source>{link} {address}: {step}</source>
            <translation>{link} {address} : {step}</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="49" />
            <source>{unit} paged again ({notice})</source>
            <translation>{unit} rebipé ({notice})</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="90" />
            <source>completed</source>
            <translation>terminé</translation>
        </message>
        <message>
            <location filename="../../console/controllers/dispatch_reach.py" line="92" />
            <source>FAILED: {reason}</source>
            <translation>ÉCHEC : {reason}</translation>
        </message>
    </context>
    <context>
        <name>DispatchDialogs</name>
        <message>
            <location filename="../../widgets/dialogs.py" line="107" />
            <source>Handled on scene</source>
            <translation>Traité sur place</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="108" />
            <source>Transported</source>
            <translation>Transporté</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="109" />
            <source>False alarm</source>
            <translation>Fausse alerte</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="110" />
            <source>Cancelled by caller</source>
            <translation>Annulé par l'appelant</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="111" />
            <source>Unable to locate</source>
            <translation>Localisation impossible</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="112" />
            <source>Referred to other agency</source>
            <translation>Transmis à un autre service</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="113" />
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="115" />
            <source>Drill ended</source>
            <translation>Exercice terminé</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="341" />
            <source>Known activity</source>
            <translation>Activité connue</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="342" />
            <source>Duplicate of another alert</source>
            <translation>Doublon d'une autre alerte</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="343" />
            <source>Outside our area</source>
            <translation>Hors de notre secteur</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="344" />
            <source>Sensor fault</source>
            <translation>Défaut du capteur</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="512" />
            <source>Open a store to replay</source>
            <translation>Ouvrir une base à rejouer</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="514" />
            <source>Stores (*.sqlite *.db)</source>
            <translation>Bases (*.sqlite *.db)</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="514" />
            <source>All files (*)</source>
            <translation>Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../widgets/frame_detail_dialog.py" line="86" />
            <source>(no raw bytes)</source>
            <translation>(pas d'octets bruts)</translation>
        </message>
        <message>
            <location filename="../../widgets/frame_detail_dialog.py" line="56" />
            <source>Raw bytes</source>
            <translation>Octets bruts</translation>
        </message>
        <message>
            <location filename="../../widgets/frame_detail_dialog.py" line="57" />
            <source>Decoded when stored</source>
            <translation>Décodé à l'enregistrement</translation>
        </message>
        <message>
            <location filename="../../widgets/frame_detail_dialog.py" line="58" />
            <source>Decoded today</source>
            <translation>Décodés aujourd'hui</translation>
        </message>
    </context>
    <context>
        <name>DrillReport</name>
        <message>
            <location filename="../../models/drills/report_html.py" line="55" />
            <source>EXERCISE — NOT LIVE DATA</source>
            <translation>EXERCICE — DONNÉES NON RÉELLES</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="97" />
            <source>no data</source>
            <translation>pas de données</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="100" />
            <source>PASS</source>
            <translation>ATTEINT</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="102" />
            <source>FAIL</source>
            <translation>NON ATTEINT</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="106" />
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="117" />
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="120" />
            <location filename="../../models/drills/report_texts.py" line="149" />
            <source>late</source>
            <translation>en retard</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="128" />
            <source>{percentile} within {target}</source>
            <translation>{percentile} en {target}</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="144" />
            <source>(not expected)</source>
            <translation>(non attendue)</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="156" />
            <source>any</source>
            <translation>toute</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="174" />
            <source>Drill report: {title}</source>
            <translation>Compte rendu d'exercice : {title}</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="178" />
            <location filename="../../models/drills/report_json.py" line="77" />
            <source>PASSED</source>
            <translation>ATTEINT</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="179" />
            <location filename="../../models/drills/report_json.py" line="78" />
            <source>NOT PASSED</source>
            <translation>NON ATTEINT</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="181" />
            <source>Score {score} / {total}</source>
            <translation>Note {score} / {total}</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="186" />
            <source>{time} of wall-clock time</source>
            <translation>{time} en temps réel</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="192" />
            <source>not ended</source>
            <translation>non terminé</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="197" />
            <source>Scenario</source>
            <translation>Scénario</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="198" />
            <source>Started (UTC)</source>
            <translation>Début (UTC)</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="199" />
            <source>Ended (UTC)</source>
            <translation>Fin (UTC)</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="200" />
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="201" />
            <source>Drill time</source>
            <translation>Temps d'exercice</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="202" />
            <source>Speed</source>
            <translation>Vitesse</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="203" />
            <source>Paused</source>
            <translation>En pause</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="220" />
            <source>Targets (NFPA 1225-style)</source>
            <translation>Objectifs (type NFPA 1225)</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="224" />
            <source>Measure</source>
            <translation>Indicateur</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="225" />
            <source>Target</source>
            <translation>Objectif</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="226" />
            <source>Within target</source>
            <translation>Dans l'objectif</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="227" />
            <source>Percentile value</source>
            <translation>Valeur du centile</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="228" />
            <location filename="../../models/drills/report_html.py" line="243" />
            <location filename="../../models/drills/report_html.py" line="312" />
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="233" />
            <source>Trainees</source>
            <translation>Stagiaires</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="237" />
            <source>Trainee</source>
            <translation>Stagiaire</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="238" />
            <source>Calls answered</source>
            <translation>Appels décrochés</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="239" />
            <source>Incidents created</source>
            <translation>Interventions créées</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="240" />
            <source>Units dispatched</source>
            <translation>Engins engagés</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="241" />
            <source>Alerts handled</source>
            <translation>Alertes traitées</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="262" />
            <source>Calls</source>
            <translation>Appels</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="263" />
            <source>abandoned</source>
            <translation>raccroché</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="264" />
            <source>duplicate</source>
            <translation>doublon</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="268" />
            <source>Call</source>
            <translation>Appel</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="269" />
            <source>Number</source>
            <translation>Numéro</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="270" />
            <source>Via</source>
            <translation>Via</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="271" />
            <source>Offered</source>
            <translation>Présenté</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="272" />
            <source>Answered by</source>
            <translation>Décroché par</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="273" />
            <source>Answer time</source>
            <translation>Délai de décroché</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="274" />
            <location filename="../../models/drills/report_html.py" line="304" />
            <location filename="../../models/drills/report_html.py" line="348" />
            <source>Incident</source>
            <translation>Intervention</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="275" />
            <source>Priority</source>
            <translation>Priorité</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="276" />
            <source>Process</source>
            <translation>Traitement</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="277" />
            <location filename="../../models/drills/report_html.py" line="311" />
            <source>On scene</source>
            <translation>Sur les lieux</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="278" />
            <source>Note</source>
            <translation>Remarque</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="298" />
            <source>Expected incidents</source>
            <translation>Interventions attendues</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="303" />
            <location filename="../../models/drills/report_html.py" line="321" />
            <source>Expected</source>
            <translation>Attendu</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="305" />
            <location filename="../../models/drills/report_html.py" line="463" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="306" />
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="307" />
            <source>Units sent</source>
            <translation>Engins envoyés</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="308" />
            <source>Missing</source>
            <translation>Manquants</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="309" />
            <source>Not asked for</source>
            <translation>Non demandés</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="310" />
            <source>Dispatch</source>
            <translation>Engagement</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="317" />
            <source>Alerts</source>
            <translation>Alertes</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="322" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="323" />
            <source>Alert</source>
            <translation>Alerte</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="324" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="325" />
            <location filename="../../models/drills/report_html.py" line="351" />
            <source>Raised</source>
            <translation>Déclenchée</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="326" />
            <source>Handling</source>
            <translation>Traitement</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="327" />
            <location filename="../../models/drills/report_html.py" line="353" />
            <source>By</source>
            <translation>Par</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="328" />
            <location filename="../../models/drills/report_html.py" line="354" />
            <source>After</source>
            <translation>Après</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="329" />
            <source>Acceptable</source>
            <translation>Acceptables</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="330" />
            <source>Outcome</source>
            <translation>Issue</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="336" />
            <source>Units not acknowledging (NOT ACKNOWLEDGED alarms)</source>
            <translation>Engins sans acquit (alarmes NON ACQUITTÉ)</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="342" />
            <source>{raised}, {unanswered}.</source>
            <translation>{raised}, {unanswered}.</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="347" />
            <source>Unit</source>
            <translation>Engin</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="349" />
            <source>Notice</source>
            <translation>Avis</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="350" />
            <source>Limit</source>
            <translation>Délai</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="352" />
            <source>First action</source>
            <translation>Première action</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="373" />
            <source>Injection timeline</source>
            <translation>Chronologie des injects</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="389" />
            <source>{created} (expected {expected})</source>
            <translation>{created} (attendu {expected})</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="400" />
            <source>not created</source>
            <translation>non créée</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="404" />
            <source>wrong</source>
            <translation>erroné</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="407" />
            <source>off</source>
            <translation>écart</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="427" />
            <source>not sent</source>
            <translation>non envoyé</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="443" />
            <source>{what} (by {name})</source>
            <translation>{what} (par {name})</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="452" />
            <source>by hand</source>
            <translation>à la main</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="461" />
            <source>Planned</source>
            <translation>Prévu</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="462" />
            <source>Sent</source>
            <translation>Envoyé</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_html.py" line="464" />
            <source>What</source>
            <translation>Quoi</translation>
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
            <translation>Décroché des appels (présenté → décroché)</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="135" />
            <source>Calls answered, second target</source>
            <translation>Décroché des appels, second objectif</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="136" />
            <source>High-priority calls processed (answered → first unit dispatched)</source>
            <translation>Traitement des appels prioritaires (décroché → premier engin engagé)</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="139" />
            <source>Alerts handled (raised → first handling)</source>
            <translation>Traitement des alertes (déclenchée → premier traitement)</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="140" />
            <source>NOT ACKNOWLEDGED alarms acted on (raised → the dispatcher's first action)</source>
            <translation>Alarmes NON ACQUITTÉ traitées (déclenchée → première action de l'opérateur)</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="148" />
            <source>handled</source>
            <extracomment>An expected alert's outcome (``AlertScore.outcome``).</extracomment>
            <translation>traitée</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="150" />
            <source>wrong handling</source>
            <translation>traitement erroné</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="151" />
            <source>missed</source>
            <translation>manquée</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="152" />
            <source>not raised</source>
            <translation>non déclenchée</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="157" />
            <source>acknowledged</source>
            <extracomment>How an alert was handled (``models.drills.drill_log.HANDLING_OF``).</extracomment>
            <translation>acquittée</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="158" />
            <source>promoted to an incident</source>
            <translation>transformée en intervention</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="159" />
            <source>linked to an incident</source>
            <translation>rattachée à une intervention</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="160" />
            <source>dismissed</source>
            <translation>écartée</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="165" />
            <location filename="../../models/drills/report_texts.py" line="196" />
            <source>CAP alert</source>
            <extracomment>Kinds of expected alerts (``models.drills.scenario.ALERT_KINDS``).</extracomment>
            <translation>Alerte CAP</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="166" />
            <location filename="../../models/drills/report_texts.py" line="195" />
            <source>zone alarm</source>
            <translation>alarme de zone</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="167" />
            <source>zone entry</source>
            <translation>entrée en zone</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="172" />
            <source>no link acknowledgement</source>
            <extracomment>Which limit of a NOT ACKNOWLEDGED alarm ran out (``AlarmResponse.stage``).</extracomment>
            <translation>pas d'acquit de la liaison</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="173" />
            <source>no crew answer</source>
            <translation>pas de réponse de l'équipage</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="178" />
            <source>sent again</source>
            <extracomment>The dispatcher's first action on an alarm (``AlarmResponse.action``, an event kind).</extracomment>
            <translation>renvoyé</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="179" />
            <source>reached by voice</source>
            <translation>joint à la voix</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="180" />
            <source>unit status changed</source>
            <translation>statut de l'engin modifié</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="181" />
            <source>another unit assigned</source>
            <translation>autre engin engagé</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="186" />
            <source>completed</source>
            <extracomment>How a drill ended (``drill.ended`` reason).</extracomment>
            <translation>terminé</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="187" />
            <source>ended by trainer</source>
            <translation>arrêté par le formateur</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="192" />
            <source>call</source>
            <extracomment>Injection types (``models.drills.injections``).</extracomment>
            <translation>appel</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="193" />
            <source>rebid</source>
            <translation>nouvelle localisation</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="194" />
            <source>track</source>
            <translation>piste</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="197" />
            <source>link down</source>
            <translation>liaison coupée</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="198" />
            <source>link up</source>
            <translation>liaison rétablie</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="199" />
            <source>note</source>
            <translation>note</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="215" />
            <source>call from {caller} via {via} at {where}</source>
            <translation>appel de {caller} via {via} à {where}</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="217" />
            <source>rebid of {caller} via {via} at {where}</source>
            <translation>nouvelle localisation de {caller} via {via} à {where}</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="226" />
            <source>track {track} on {sensor} ({via}), {points}, {speed}</source>
            <translation>piste {track} sur {sensor} ({via}), {points}, {speed}</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="232" />
            <source>{v} m/s</source>
            <translation>{v} m/s</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="238" />
            <source>zone alarm {state} from {sensor} in zone {zone}</source>
            <translation>alarme de zone {state} du capteur {sensor} dans la zone {zone}</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="242" />
            <source>CAP {type} {identifier}: {event} (exercise)</source>
            <translation>CAP {type} {identifier} : {event} (exercice)</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="245" />
            <source>link {link} down</source>
            <translation>liaison {link} coupée</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="249" />
            <source>link {link} up</source>
            <translation>liaison {link} rétablie</translation>
        </message>
        <message>
            <location filename="../../models/drills/report_texts.py" line="250" />
            <source>note: {text}</source>
            <translation>note : {text}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/drill_texts.py" line="59" />
            <source>%n alarm(s) raised</source>
            <translation>
                <numerusform>%n alarme déclenchée</numerusform>
                <numerusform>%n alarmes déclenchées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/drill_texts.py" line="60" />
            <source>%n never acted on</source>
            <translation>
                <numerusform>%n jamais traitée</numerusform>
                <numerusform>%n jamais traitées</numerusform>
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
        <message>
            <location filename="../../console/session/drill.py" line="169" />
            <source>DRILL FEEDS UNAVAILABLE — the drill cannot run: {err}</source>
            <translation>FLUX D'EXERCICE INDISPONIBLES — l'exercice ne peut pas démarrer : {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="179" />
            <source>The drill cannot run: the drill store did not open.</source>
            <translation>L'exercice ne peut pas démarrer : la base de l'exercice ne s'est pas ouverte.</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="236" />
            <source>DRILL NOT STARTED — {err}</source>
            <translation>EXERCICE NON DÉMARRÉ — {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="253" />
            <source>The drill radio did not start; crews report without it: {err}</source>
            <translation>La radio d'exercice n'a pas démarré ; les équipages rendent compte sans elle : {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="375" />
            <source>The report could not be written: {err}</source>
            <translation>Le rapport n'a pas pu être écrit : {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="406" />
            <source>Answering calls</source>
            <translation>Décroché des appels</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="407" />
            <source>Call to dispatch</source>
            <translation>De l'appel à l'engagement</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="408" />
            <source>Incidents handled</source>
            <translation>Interventions traitées</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="409" />
            <source>Alerts handled</source>
            <translation>Alertes traitées</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="420" />
            <location filename="../../console/session/drill.py" line="421" />
            <source>calls answered</source>
            <translation>appels décrochés</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="422" />
            <source>high-priority calls dispatched</source>
            <translation>appels urgents engagés</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="423" />
            <source>alerts handled</source>
            <translation>alertes traitées</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="424" />
            <source>NOT ACKNOWLEDGED alarms acted on</source>
            <translation>Alarmes NON ACQUITTÉ traitées</translation>
        </message>
        <message>
            <location filename="../../console/session/drill.py" line="427" />
            <source>{what} within {target} s: none to measure</source>
            <translation>{what} en {target} s : rien à mesurer</translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/session/drill.py" line="431" />
            <source>{what} within {target} s: {within} of %n (target {pct} %)</source>
            <translation>
                <numerusform>{what} en {target} s : {within} sur %n (objectif {pct} %)</numerusform>
                <numerusform>{what} en {target} s : {within} sur %n (objectif {pct} %)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <location filename="../../widgets/error_dialog.py" line="91" />
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <location filename="../../widgets/error_dialog.py" line="92" />
            <source>Copy the error and its details to the clipboard</source>
            <translation>Copier l'erreur et ses détails dans le presse-papiers</translation>
        </message>
        <message numerus="yes">
            <location filename="../../widgets/error_dialog.py" line="120" />
            <source>%n error(s) occurred; see the details below.</source>
            <translation>
                <numerusform>%n erreur est survenue ; voir les détails ci-dessous.</numerusform>
                <numerusform>%n erreurs sont survenues ; voir les détails ci-dessous.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EventLogDock</name>
        <message>
            <location filename="../../widgets/event_log.py" line="289" />
            <source>Event log</source>
            <translation>Journal des événements</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="296" />
            <source>Filter by source, kind, text or error</source>
            <translation>Filtrer par source, type, texte ou erreur</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="299" />
            <source>Errors only</source>
            <translation>Erreurs seulement</translation>
        </message>
    </context>
    <context>
        <name>EventLogModel</name>
        <message>
            <location filename="../../widgets/event_log.py" line="172" />
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="173" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="174" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="175" />
            <source>Summary</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="176" />
            <source>Rejected because</source>
            <translation>Rejeté parce que</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="207" />
            <source>{kind} (rejected)</source>
            <translation>{kind} (rejeté)</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="218" />
            <source>#{seq} received {when} {zone}
{summary}</source>
            <translation>#{seq} reçu {when} {zone}
{summary}</translation>
        </message>
        <message>
            <location filename="../../widgets/event_log.py" line="222" />
            <source>Rejected: {reason}</source>
            <translation>Rejeté : {reason}</translation>
        </message>
    </context>
    <context>
        <name>EventText</name>
        <message numerus="yes">
            <location filename="../../console/reports/event_text.py" line="122" />
            <source>%n frame(s)</source>
            <translation>
                <numerusform>%n trame</numerusform>
                <numerusform>%n trames</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="330" />
            <source>up</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="331" />
            <source>connecting</source>
            <translation>connexion</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="332" />
            <source>down</source>
            <translation>HS</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="333" />
            <source>stopped</source>
            <translation>arrêté</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="339" />
            <source>degraded</source>
            <translation>dégradé</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="339" />
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="368" />
            <source>address</source>
            <translation>adresse</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="369" />
            <source>street</source>
            <translation>rue</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="370" />
            <source>intersection</source>
            <translation>carrefour</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="371" />
            <source>landmark</source>
            <translation>point de repère</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="372" />
            <source>coordinates</source>
            <translation>coordonnées</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="373" />
            <source>named site</source>
            <translation>site</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="374" />
            <source>named place</source>
            <translation>lieu-dit</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="416" />
            <source>no location</source>
            <translation>sans localisation</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="429" />
            <source>address only</source>
            <translation>adresse seule</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="469" />
            <source>call {call} answered</source>
            <translation>appel {call} décroché</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="470" />
            <source>call {call} released</source>
            <translation>appel {call} libéré</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="495" />
            <source>alert {alert} promoted to {incident}</source>
            <translation>alerte {alert} transformée en intervention {incident}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="496" />
            <source>alert {alert} linked to {incident}</source>
            <translation>alerte {alert} liée à {incident}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="497" />
            <source>alert {alert} dismissed: {reason}</source>
            <translation>alerte {alert} écartée : {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="498" />
            <source>alert {alert} cancelled: {reason}</source>
            <translation>alerte {alert} annulée : {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="499" />
            <source>alert {alert} acknowledged</source>
            <translation>alerte {alert} acquittée</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="500" />
            <source>alert {alert} updated</source>
            <translation>alerte {alert} mise à jour</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="511" />
            <source>CAP</source>
            <translation>CAP</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="512" />
            <source>zone-entry</source>
            <translation>entrée en zone</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="513" />
            <source>zone-alarm</source>
            <translation>alarme de zone</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="514" />
            <source>radio</source>
            <translation>radio</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="515" />
            <source>extreme</source>
            <translation>extrême</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="516" />
            <source>severe</source>
            <translation>grave</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="517" />
            <source>moderate</source>
            <translation>modérée</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="518" />
            <source>minor</source>
            <translation>mineure</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="519" />
            <source>unknown</source>
            <translation>inconnu</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="526" />
            <source>headless command</source>
            <translation>commande sans interface</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="123" />
            <source>{count} frames</source>
            <translation>{count} trames</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="221" />
            <source>new incident {incident} {type} (P{priority}) at {where} from call {call}</source>
            <translation>nouvelle intervention {incident} {type} (P{priority}) à {where} sur l'appel {call}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="242" />
            <source>as recommended</source>
            <translation>selon la proposition</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="242" />
            <source>dispatcher's choice</source>
            <translation>choix de l'opérateur</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="443" />
            <source>unknown number</source>
            <translation>numéro inconnu</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="451" />
            <source>call {call} rebid: {where}</source>
            <translation>appel {call} nouvelle localisation : {where}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="453" />
            <source>call {call} location: {where}</source>
            <translation>appel {call} localisation : {where}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="475" />
            <source>call {call} {what}</source>
            <translation>appel {call} {what}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="482" />
            <source>EXERCISE alert {alert} ({origin}, {severity}): {title}</source>
            <translation>EXERCICE alerte {alert} ({origin}, {severity}) : {title}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="484" />
            <source>alert {alert} ({origin}, {severity}): {title}</source>
            <translation>alerte {alert} ({origin}, {severity}) : {title}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="505" />
            <source>alert {alert} {what}</source>
            <translation>alerte {alert} {what}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="527" />
            <source>{command} run by OS user {user} on {host}</source>
            <translation>{command} lancée par l'utilisateur système {user} sur {host}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="169" />
            <source>rejected {protocol} frame: {error}</source>
            <translation>trame {protocol} rejetée : {error}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="173" />
            <source>link {link} {state} ({endpoint})</source>
            <translation>liaison {link} {state} ({endpoint})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="182" />
            <source>not stored as {kind}: {error}</source>
            <translation>non enregistré comme {kind} : {error}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="197" />
            <source>the store dropped {frames} ({bytes} bytes) between {first} and {last}: {reason}</source>
            <translation>la base a perdu {frames} ({bytes} octets) entre {first} et {last} : {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="201" />
            <source>sensor {sensor} {state}: {reason}</source>
            <translation>capteur {sensor} {state} : {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="207" />
            <source>link {link} not started: {error}</source>
            <translation>liaison {link} non démarrée : {error}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="255" />
            <source>{unit} {status} (was {previous})</source>
            <translation>{unit} {status} (avant : {previous})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="266" />
            <source>note on {incident}: {text}</source>
            <translation>note sur {incident} : {text}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="270" />
            <source>{incident} closed: {disposition}</source>
            <translation>{incident} clôturée : {disposition}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="280" />
            <source>{incident} REOPENED: {reason}</source>
            <translation>{incident} ROUVERTE : {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="296" />
            <source>console started on site {site}</source>
            <translation>console démarrée sur le site {site}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="298" />
            <source>console stopped on site {site}</source>
            <translation>console arrêtée sur le site {site}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="319" />
            <source>unknown unit {unit}</source>
            <translation>engin inconnu {unit}</translation>
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
            <translation>point forcé NON VÉRIFIÉ</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="397" />
            <source>UNVERIFIED position</source>
            <translation>position NON VÉRIFIÉE</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="403" />
            <source>{text}, near {place}</source>
            <translation>{text}, près de {place}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="406" />
            <source>{text} [places {builds}]</source>
            <translation>{text} [lieux {builds}]</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="446" />
            <source>call {call} from {number} ({via}) at {where}</source>
            <translation>appel {call} du {number} ({via}) à {where}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="457" />
            <source>call {call} location verified: {where}</source>
            <translation>localisation de l'appel {call} vérifiée : {where}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="461" />
            <source>call {call} attached to {incident}</source>
            <translation>appel {call} rattaché à {incident}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="467" />
            <source>call {call} abandoned</source>
            <translation>appel {call} raccroché</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="531" />
            <source>{text} (pid {pid})</source>
            <translation>{text} (processus {pid})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="533" />
            <source>{text}, operator {operator} ({role})</source>
            <translation>{text}, opérateur {operator} ({role})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="537" />
            <source>{text}, no operator of this store</source>
            <translation>{text}, aucun opérateur de cette base</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="539" />
            <source>{text}, database role {role} ({kind})</source>
            <translation>{text}, rôle base de données {role} ({kind})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="179" />
            <source>{text}: {error}</source>
            <translation>{text} : {error}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="194" />
            <source>link {link} dropped {frames} ({bytes} bytes) between {first} and {last}: {reason}</source>
            <translation>liaison {link} : {frames} perdues ({bytes} octets) entre {first} et {last} : {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="224" />
            <source>new incident {incident} {type} (P{priority}) at {where}</source>
            <translation>nouvelle intervention {incident} {type} (P{priority}) à {where}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="230" />
            <source>{incident} moved from {before} to {where}</source>
            <translation>{incident} déplacée de {before} à {where}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="236" />
            <source>{incident} moved to {where}</source>
            <translation>{incident} déplacée à {where}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="245" />
            <source>{unit} assigned to {incident}, ETA {eta}, {how}</source>
            <translation>{unit} engagé sur {incident}, arrivée estimée {eta}, {how}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="249" />
            <source>{unit} assigned to {incident}, {how}</source>
            <translation>{unit} engagé sur {incident}, {how}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="252" />
            <source>{text}: {reason}</source>
            <translation>{text} : {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="277" />
            <source>{incident} REOPENED: {reason} (was closed: {disposition})</source>
            <translation>{incident} ROUVERTE : {reason} (clôturée : {disposition})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="388" />
            <source>verified to {label} ({kind}, {distance})</source>
            <translation>vérifié à {label} ({kind}, {distance})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="392" />
            <source>verified to {label} ({kind})</source>
            <translation>vérifié à {label} ({kind})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text.py" line="466" />
            <source>call {call} abandoned: {reason}</source>
            <translation>appel {call} raccroché : {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_drills.py" line="99" />
            <source>completed</source>
            <translation>terminé</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_drills.py" line="99" />
            <source>ended by trainer</source>
            <translation>arrêté par le formateur</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_drills.py" line="73" />
            <source>drill {title} started (×{speed}), trainees: {trainees}</source>
            <translation>exercice {title} commencé (×{speed}), stagiaires : {trainees}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_drills.py" line="82" />
            <source>drill clock {time}: running (×{speed})</source>
            <translation>horloge d'exercice {time} : en cours (×{speed})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_drills.py" line="96" />
            <source>drill {time}: injected #{n} ({type}): {summary}</source>
            <translation>exercice {time} : injecté n° {n} ({type}) : {summary}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_drills.py" line="101" />
            <source>drill ended at {time}: {reason}</source>
            <translation>exercice terminé à {time} : {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_drills.py" line="81" />
            <source>drill clock {time}: paused</source>
            <translation>horloge d'exercice {time} : en pause</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_drills.py" line="93" />
            <source>drill {time}: trainer {by} injected #{n} ({type}): {summary}</source>
            <translation>exercice {time} : le formateur {by} a injecté n° {n} ({type}) : {summary}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_drills.py" line="62" />
            <source>{summary} — not sent: {error}</source>
            <translation>{summary} — non envoyé : {error}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="31" />
            <source>dispatcher</source>
            <translation>opérateur</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="32" />
            <source>supervisor</source>
            <translation>chef de salle</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="33" />
            <source>administrator</source>
            <translation>administrateur</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="34" />
            <source>call-taker</source>
            <translation>opérateur de traitement de l'alerte</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="35" />
            <source>trainer</source>
            <translation>formateur</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="136" />
            <source>wrong password</source>
            <translation>mot de passe incorrect</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="137" />
            <source>unknown operator</source>
            <translation>opérateur inconnu</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="138" />
            <source>account disabled</source>
            <translation>compte désactivé</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="139" />
            <source>backing off</source>
            <translation>attente après des échecs</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="140" />
            <source>signed in at another position</source>
            <translation>connecté(e) à un autre poste</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="141" />
            <source>signed out</source>
            <translation>déconnexion</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="142" />
            <source>console closed</source>
            <translation>console fermée</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="143" />
            <source>time is up</source>
            <translation>temps écoulé</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="144" />
            <source>signed in normally</source>
            <translation>connexion normale</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="72" />
            <source>{name} ({role}) signed in{at}</source>
            <translation>{name} ({role}) connecté(e){at}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="75" />
            <source>sign-in as {name} refused{at}: {reason}</source>
            <translation>connexion en tant que {name} refusée{at} : {reason}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/event_text_operators.py" line="78" />
            <source>, %n failed in a row</source>
            <translation>
                <numerusform>, %n échec d'affilée</numerusform>
                <numerusform>, %n échecs d'affilée</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="85" />
            <source>{name} signed out{at}</source>
            <translation>{name} déconnecté(e){at}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="87" />
            <source>shift change{at}: {previous} handed over to {name} ({role})</source>
            <translation>relève{at} : {previous} a passé la main à {name} ({role})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="91" />
            <source>position{at} locked for {name}</source>
            <translation>poste{at} verrouillé pour {name}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="93" />
            <source>position{at} unlocked for {name}</source>
            <translation>poste{at} déverrouillé pour {name}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="117" />
            <source>BREAK-GLASS emergency session for {name} ({role}){at} for {minutes} until {until}: {reason}</source>
            <translation>ACCÈS D'URGENCE pour {name} ({role}){at} pendant {minutes} jusqu'à {until} : {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="123" />
            <source>break-glass session of {name}{at} ended: {reason}</source>
            <translation>accès d'urgence de {name}{at} terminé : {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="42" />
            <source> at {position}</source>
            <translation> au poste {position}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="54" />
            <source>operator {name} added with the {role} role as the store's first administrator</source>
            <translation>opérateur {name} ajouté avec le rôle {role}, premier administrateur de la base</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="56" />
            <source>operator {name} added with the {role} role as the store's first administrator, no password yet</source>
            <translation>opérateur {name} ajouté avec le rôle {role}, premier administrateur de la base, sans mot de passe pour l'instant</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="63" />
            <source>operator {name} added with the {role} role</source>
            <translation>opérateur {name} ajouté avec le rôle {role}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="65" />
            <source>operator {name} added with the {role} role, no password yet</source>
            <translation>opérateur {name} ajouté avec le rôle {role}, sans mot de passe pour l'instant</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="70" />
            <source>{name} ({role}) signed in{at} (as the OS user, no password)</source>
            <translation>{name} ({role}) connecté(e){at} (en tant qu'utilisateur système, sans mot de passe)</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="83" />
            <source>{name} signed out{at} ({reason})</source>
            <translation>{name} déconnecté(e){at} ({reason})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="104" />
            <source>password of {name} changed</source>
            <translation>mot de passe de {name} modifié</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="106" />
            <source>{name}'s role changed from {previous} to {role}</source>
            <translation>rôle de {name} changé de {previous} en {role}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="114" />
            <source>operator {name} DISABLED</source>
            <translation>opérateur {name} DÉSACTIVÉ</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="153" />
            <source>{n} min</source>
            <translation>{n} min</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="101" />
            <source>password of {name} changed (re-hashed with today's parameters at sign-in)</source>
            <translation>mot de passe de {name} modifié (rehaché avec les paramètres actuels à la connexion)</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_operators.py" line="111" />
            <source>operator {name} DISABLED: {reason}</source>
            <translation>opérateur {name} DÉSACTIVÉ : {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="148" />
            <source>accepted</source>
            <translation>accepté</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="149" />
            <source>rejected</source>
            <translation>refusé</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="42" />
            <source>{unit} for {incident}</source>
            <translation>{unit} pour {incident}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="107" />
            <source>{who}: FAILED (final): {reason}</source>
            <translation>{who} : ÉCHEC (définitif) : {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="124" />
            <source>NOT ACKNOWLEDGED: {who}: no crew answer</source>
            <translation>NON ACQUITTÉ : {who} : pas de réponse de l'équipage</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="126" />
            <source>NOT ACKNOWLEDGED: {who}: no link acknowledgement</source>
            <translation>NON ACQUITTÉ : {who} : pas d'acquit de la liaison</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="178" />
            <source>answer {what} FAILED (final): {reason}</source>
            <translation>réponse {what} en ÉCHEC (définitif) : {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="180" />
            <source>answer {what} FAILED (retrying): {reason}</source>
            <translation>réponse {what} en ÉCHEC (nouvel essai) : {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="183" />
            <source>answer {what} {step}</source>
            <translation>réponse {what} {step}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="39" />
            <source>{unit} for {incident} #{n}</source>
            <translation>{unit} pour {incident} n° {n}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="72" />
            <source>{unit} for {incident}: queued on {link} {address}: {text}</source>
            <translation>{unit} pour {incident} : en file sur {link} {address} : {text}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="75" />
            <source>{who}: sent (attempt {n})</source>
            <translation>{who} : envoyé (essai {n})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="81" />
            <source>{who}: acknowledged by the link</source>
            <translation>{who} : acquitté par la liaison</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="89" />
            <source>{who}: delivered to the device</source>
            <translation>{who} : remis au terminal</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="91" />
            <source>{who}: read by the crew</source>
            <translation>{who} : lu par l'équipage</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="97" />
            <source>{who}: accepted by the crew</source>
            <translation>{who} : accepté par l'équipage</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="109" />
            <source>{who}: FAILED (retrying): {reason}</source>
            <translation>{who} : ÉCHEC (nouvel essai) : {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="111" />
            <source>{who}: FAILED: {reason}</source>
            <translation>{who} : ÉCHEC : {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="118" />
            <source>NOT ACKNOWLEDGED: {who}: no crew answer within {limit} s</source>
            <translation>NON ACQUITTÉ : {who} : pas de réponse de l'équipage en {limit} s</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="120" />
            <source>NOT ACKNOWLEDGED: {who}: no link acknowledgement within {limit} s</source>
            <translation>NON ACQUITTÉ : {who} : pas d'acquit de la liaison en {limit} s</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="130" />
            <source>{who}: reached by voice</source>
            <translation>{who} : joint à la voix</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="132" />
            <source>{who} asks to talk ({label}) on {link} {address}</source>
            <translation>{who} demande à parler ({label}) sur {link} {address}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="140" />
            <source>from {sender} on {link}: refused: {reason}</source>
            <translation>de {sender} sur {link} : refusé : {reason}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="167" />
            <source>answer {what} for call {call} queued to {partner}</source>
            <translation>réponse {what} à l'appel {call} en file pour {partner}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="169" />
            <source>answer {what} sent to the partner (attempt {n})</source>
            <translation>réponse {what} envoyée au partenaire (essai {n})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="173" />
            <source>answer {what} delivered to the partner (HTTP {status})</source>
            <translation>réponse {what} remise au partenaire (HTTP {status})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="51" />
            <source>{incident} handed over to partner {partner} ({address}), EIDO {id}</source>
            <translation>{incident} transmise au partenaire {partner} ({address}), EIDO {id}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="65" />
            <source>{unit} for {incident}: queued on {link} {address}, re-sent by {by}: {text}</source>
            <translation>{unit} pour {incident} : en file sur {link} {address}, renvoyé par {by} : {text}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="69" />
            <source>{unit} for {incident}: queued on {link} {address}, re-sent: {text}</source>
            <translation>{unit} pour {incident} : en file sur {link} {address}, renvoyé : {text}</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="78" />
            <source>{who}: the partner took it (HTTP {status})</source>
            <translation>{who} : le partenaire l'a pris (HTTP {status})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="84" />
            <source>{who}: the partner reports it completed</source>
            <translation>{who} : le partenaire le signale terminé</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="86" />
            <source>{who}: delivered to the device ({detail})</source>
            <translation>{who} : remis au terminal ({detail})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="94" />
            <source>{who}: accepted by the partner</source>
            <translation>{who} : accepté par le partenaire</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="96" />
            <source>{who}: accepted by the crew ({by})</source>
            <translation>{who} : accepté par l'équipage ({by})</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="100" />
            <source>{who}: rejected by the partner</source>
            <translation>{who} : refusé par le partenaire</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="100" />
            <source>{who}: rejected by the crew</source>
            <translation>{who} : refusé par l'équipage</translation>
        </message>
        <message>
            <location filename="../../console/reports/event_text_reach.py" line="164" />
            <source>answer {what} for call {call} queued to {partner}: {reason}</source>
            <translation>réponse {what} à l'appel {call} en file pour {partner} : {reason}</translation>
        </message>
    </context>
    <context>
        <name>IdleLockOverlay</name>
        <message>
            <location filename="../../widgets/idle_lock.py" line="119" />
            <source>POSITION LOCKED</source>
            <translation>POSTE VERROUILLÉ</translation>
        </message>
        <message>
            <location filename="../../widgets/idle_lock.py" line="132" />
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <location filename="../../widgets/idle_lock.py" line="142" />
            <source>Change &amp;operator…</source>
            <translation>Changer d'&amp;opérateur…</translation>
        </message>
        <message>
            <location filename="../../widgets/idle_lock.py" line="146" />
            <source>&amp;Unlock</source>
            <translation>&amp;Déverrouiller</translation>
        </message>
        <message>
            <location filename="../../widgets/idle_lock.py" line="163" />
            <source>{who} — the picture stays live; type your password to unlock.</source>
            <translation>{who} — l'affichage reste en direct ; tapez votre mot de passe pour déverrouiller.</translation>
        </message>
    </context>
    <context>
        <name>IncidentPanelDock</name>
        <message>
            <location filename="../../widgets/incident_panel.py" line="90" />
            <source>Incident</source>
            <extracomment>A unit's row while its notification alarm stands (red, readable with white text).</extracomment>
            <translation>Intervention</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="113" />
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="114" />
            <source>Copy latitude, longitude</source>
            <translation>Copier latitude, longitude</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="121" />
            <source>Unit</source>
            <translation>Engin</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="122" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="123" />
            <source>In status</source>
            <translation>Dans ce statut</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="124" />
            <source>Dispatched</source>
            <translation>Engagé</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="125" />
            <source>ETA</source>
            <translation>Arrivée</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="126" />
            <source>Reached</source>
            <translation>Alerte reçue</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="151" />
            <source>No notes yet</source>
            <translation>Pas encore de notes</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="153" />
            <source>Add a note, Enter to save</source>
            <translation>Ajouter une note, Entrée pour enregistrer</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="155" />
            <source>Recommend</source>
            <translation>Proposer</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="157" />
            <source>Close…</source>
            <translation>Clôturer…</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="266" />
            <source>No incident selected</source>
            <translation>Aucune intervention sélectionnée</translation>
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
            <translation>Priorité {n} (1 est la plus haute)</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="289" />
            <source>(no address)</source>
            <translation>(pas d'adresse)</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="303" />
            <source>✓ Verified: {label} ({kind}, {distance} m)</source>
            <translation>✓ Vérifié : {label} ({kind}, {distance} m)</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="309" />
            <source>forced point</source>
            <translation>point forcé</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="309" />
            <source>automatic position</source>
            <translation>position automatique</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="310" />
            <source>⚠ UNVERIFIED ({why})</source>
            <translation>⚠ NON VÉRIFIÉ ({why})</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="313" />
            <source>Nearest: {near}</source>
            <translation>Le plus proche : {near}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="316" />
            <source>(nothing typed)</source>
            <translation>(rien de saisi)</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="317" />
            <source>Typed: {typed}</source>
            <translation>Saisi : {typed}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="319" />
            <source>Places index: {build}</source>
            <translation>Index des lieux : {build}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="326" />
            <source>{time}  {operator}: {text}</source>
            <translation>{time}  {operator} : {text}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="347" />
            <source>Created {time} · open {age}</source>
            <translation>Créée {time} · ouverte depuis {age}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="368" />
            <source>due</source>
            <translation>imminent</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_panel.py" line="418" />
            <source>Partner {name} — {step}</source>
            <translation>Centre partenaire {name} — {step}</translation>
        </message>
    </context>
    <context>
        <name>IncidentQueueDock</name>
        <message>
            <location filename="../../widgets/incident_queue.py" line="284" />
            <source>Incidents</source>
            <translation>Interventions</translation>
        </message>
    </context>
    <context>
        <name>IncidentQueueModel</name>
        <message>
            <location filename="../../widgets/incident_queue.py" line="161" />
            <source>Incident</source>
            <extracomment>Background of the priority cell; text is drawn white on 1, 2 and 4.</extracomment>
            <translation>Intervention</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="162" />
            <source>P</source>
            <translation>P</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="163" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="164" />
            <source>Location</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="165" />
            <source>Age</source>
            <translation>Âge</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="166" />
            <source>Units</source>
            <translation>Engins</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="180" />
            <source>Priority {n} (1 is the highest)</source>
            <translation>Priorité {n} (1 est la plus haute)</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="210" />
            <source>Typed: {typed}</source>
            <translation>Saisi : {typed}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="213" />
            <source>Verified: {label} ({kind}, {distance} m)</source>
            <translation>Vérifié : {label} ({kind}, {distance} m)</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="220" />
            <source>UNVERIFIED: a forced point</source>
            <translation>NON VÉRIFIÉ : point forcé</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="222" />
            <source>UNVERIFIED: an automatic position</source>
            <translation>NON VÉRIFIÉ : position automatique</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="225" />
            <source>Nearest: {near}</source>
            <translation>Le plus proche : {near}</translation>
        </message>
        <message>
            <location filename="../../widgets/incident_queue.py" line="230" />
            <source>Places index: {build}</source>
            <translation>Index des lieux : {build}</translation>
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
            <translation>Traitement de l'alerte</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="83" />
            <source>Total response</source>
            <translation>Délai total d'intervention</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="85" />
            <source>Turnout {unit}</source>
            <translation>Départ {unit}</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="85" />
            <source>Travel {unit}</source>
            <translation>Trajet {unit}</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="87" />
            <source>Call answering ({call})</source>
            <translation>Décroché ({call})</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="88" />
            <source>Call processing ({call})</source>
            <translation>Traitement de l'appel ({call})</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="106" />
            <source>abandoned before it was answered</source>
            <translation>raccroché avant le décroché</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="107" />
            <source>answered after the first dispatch</source>
            <translation>décroché après le premier engagement</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="108" />
            <source>no incident</source>
            <translation>pas d'intervention</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="109" />
            <source>stood down before it got there</source>
            <translation>désengagé avant d'arriver</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="110" />
            <source>on scene without en route</source>
            <translation>sur les lieux sans « en route »</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="111" />
            <source>its dispatch is not in the log</source>
            <translation>son engagement n'est pas dans le journal</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="100" />
            <source>{label} ({note})</source>
            <translation>{label} ({note})</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident.py" line="117" />
            <source>{via}: no ring start, not timed</source>
            <translation>{via} : pas de début de sonnerie, non mesuré</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_data.py" line="168" />
            <source>system</source>
            <translation>système</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_data.py" line="166" />
            <source>link {link}</source>
            <translation>liaison {link}</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="238" />
            <source>EXERCISE — drill report, not a real incident</source>
            <translation>EXERCICE — rapport d'exercice, pas une intervention réelle</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="411" />
            <source>EXERCISE — DRILL — NOT A REAL INCIDENT</source>
            <translation>EXERCICE — EXERCICE — PAS UNE INTERVENTION RÉELLE</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="223" />
            <source>by</source>
            <translation>par</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="225" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="226" />
            <source>Priority</source>
            <translation>Priorité</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="227" />
            <source>Location</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="228" />
            <source>Coordinates</source>
            <translation>Coordonnées</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="229" />
            <source>Created</source>
            <translation>Créée</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="230" />
            <source>Closed</source>
            <translation>Clôturée</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="231" />
            <source>Disposition</source>
            <translation>Bilan de clôture</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="232" />
            <source>Calls</source>
            <translation>Appels</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="233" />
            <source>Alerts</source>
            <translation>Alertes</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="234" />
            <source>Units</source>
            <translation>Engins</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="326" />
            <source>Incident report {incident}</source>
            <translation>Rapport d'intervention {incident}</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="267" />
            <source>Interval</source>
            <translation>Intervalle</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="267" />
            <source>Duration</source>
            <translation>Durée</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="267" />
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="267" />
            <source>To</source>
            <translation>À</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="282" />
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="282" />
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="282" />
            <source>Event</source>
            <translation>Événement</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="328" />
            <source>EXERCISE</source>
            <translation>EXERCICE</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="423" />
            <source>page {page} of {pages}</source>
            <translation>page {page} sur {pages}</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="246" />
            <source>Incident report</source>
            <translation>Rapport d'intervention</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="247" />
            <source>times in</source>
            <translation>délais en</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="249" />
            <source>generated</source>
            <translation>généré</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="264" />
            <source>Response intervals</source>
            <translation>Délais d'intervention</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="279" />
            <source>Timeline</source>
            <translation>Chronologie</translation>
        </message>
        <message>
            <location filename="../../console/reports/incident_pdf.py" line="262" />
            <source>Map data</source>
            <translation>Données cartographiques</translation>
        </message>
    </context>
    <context>
        <name>IncidentType</name>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Structure fire</source>
            <extracomment>structure-fire</extracomment>
            <translation>Feu d'habitation</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Vehicle fire</source>
            <extracomment>vehicle-fire</extracomment>
            <translation>Feu de véhicule</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Automatic fire alarm</source>
            <extracomment>alarm-fire-automatic</extracomment>
            <translation>Alarme incendie automatique</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Hazardous materials leak</source>
            <extracomment>hazmat-leak</extracomment>
            <translation>Fuite de matières dangereuses</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Person in water</source>
            <extracomment>person-in-water</extracomment>
            <translation>Personne à l'eau</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Traffic collision with injuries</source>
            <extracomment>traffic-collision-injury</extracomment>
            <translation>Accident de la circulation avec blessés</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Traffic collision, no injuries</source>
            <extracomment>traffic-collision-minor</extracomment>
            <translation>Accident de la circulation sans blessé</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Cardiac arrest</source>
            <extracomment>cardiac-arrest</extracomment>
            <translation>Arrêt cardiaque</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Medical emergency</source>
            <extracomment>medical-emergency</extracomment>
            <translation>Urgence médicale</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Breathing difficulty</source>
            <extracomment>breathing-difficulty</extracomment>
            <translation>Détresse respiratoire</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Fall with injury</source>
            <extracomment>fall-injury</extracomment>
            <translation>Chute avec blessure</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Burglary in progress</source>
            <extracomment>burglary-in-progress</extracomment>
            <translation>Cambriolage en cours</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Assault</source>
            <extracomment>assault</extracomment>
            <translation>Agression</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Domestic disturbance</source>
            <extracomment>domestic-disturbance</extracomment>
            <translation>Différend familial</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Missing person</source>
            <extracomment>missing-person</extracomment>
            <translation>Personne disparue</translation>
        </message>
        <message>
            <location filename="../catalogue/incident_types.toml" line="0" />
            <source>Public disorder</source>
            <extracomment>public-disorder</extracomment>
            <translation>Trouble à l'ordre public</translation>
        </message>
    </context>
    <context>
        <name>IncidentTypeDialog</name>
        <message>
            <location filename="../../widgets/dialogs.py" line="229" />
            <source>Create incident from call {id}</source>
            <translation>Créer une intervention depuis l'appel {id}</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="232" />
            <source>Type to filter incident types</source>
            <translation>Tapez pour filtrer les types d'intervention</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="241" />
            <source>{name} ({discipline})</source>
            <translation>{name} ({discipline})</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="253" />
            <source>Create incident</source>
            <translation>Créer une intervention</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <location filename="../../widgets/i18n.py" line="330" />
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <location filename="../../widgets/i18n.py" line="350" />
            <source>The console will speak the chosen language from its next start.</source>
            <translation>La console parlera la langue choisie dès son prochain démarrage.</translation>
        </message>
    </context>
    <context>
        <name>LinkIncidentDialog</name>
        <message>
            <location filename="../../widgets/dialogs.py" line="407" />
            <source>Link alert {id} to an incident</source>
            <translation>Rattacher l'alerte {id} à une intervention</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="410" />
            <source>Incident or call id</source>
            <translation>Numéro d'intervention ou d'appel</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="418" />
            <source>Link</source>
            <translation>Liaison</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="420" />
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <location filename="../../widgets/dialogs.py" line="423" />
            <source>Nearby incidents and calls</source>
            <translation>Interventions et appels à proximité</translation>
        </message>
    </context>
    <context>
        <name>LinkStatusDock</name>
        <message>
            <location filename="../../widgets/link_status.py" line="245" />
            <source>Links</source>
            <translation>Liaisons</translation>
        </message>
    </context>
    <context>
        <name>LinkStatusModel</name>
        <message>
            <location filename="../../widgets/link_status.py" line="79" />
            <source>Link</source>
            <translation>Liaison</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="80" />
            <source>Endpoint</source>
            <translation>Point d'accès</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="81" />
            <source>Protocol</source>
            <translation>Protocole</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="82" />
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="83" />
            <source>Bytes</source>
            <translation>Octets</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="84" />
            <source>Frames</source>
            <translation>Trames</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="85" />
            <source>Errors</source>
            <translation>Erreurs</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="86" />
            <source>Last frame</source>
            <translation>Dernière trame</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="87" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="88" />
            <source>Last error</source>
            <translation>Dernière erreur</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="93" />
            <source>up</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="94" />
            <source>connecting</source>
            <translation>connexion</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="95" />
            <source>down</source>
            <translation>HS</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="96" />
            <source>stopped</source>
            <translation>arrêté</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="98" />
            <source>not known yet</source>
            <translation>pas encore connu</translation>
        </message>
        <message>
            <location filename="../../widgets/link_status.py" line="131" />
            <source>Last error: {error}</source>
            <translation>Dernière erreur : {error}</translation>
        </message>
    </context>
    <context>
        <name>LinkTexts</name>
        <message>
            <location filename="../../console/reports/link_texts.py" line="16" />
            <source>not delivered</source>
            <translation>non remis</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/espa.py" line="83" />
            <location filename="../../radio/codecs/tetra_pei.py" line="356" />
            <source>reserved</source>
            <extracomment>Block types (ESPA 4.4.4 clause 4.2). Data identifiers (clause 4.3) and the name each record has in JSON. Call status values (record 7).
----------
``dispatch-console decode`` prints ``kind`` beside ``type``.</extracomment>
            <translation>valeur réservée</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/espa.py" line="84" />
            <source>busy</source>
            <translation>occupé</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/espa.py" line="85" />
            <source>in queue</source>
            <translation>en file d’attente</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/espa.py" line="86" />
            <source>paged</source>
            <translation>bipé</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/espa.py" line="87" />
            <source>absent</source>
            <translation>absent</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/espa.py" line="88" />
            <source>call terminated</source>
            <translation>appel terminé</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/espa.py" line="89" />
            <source>acknowledged by called party</source>
            <translation>acquitté par l’appelé</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/espa.py" line="90" />
            <source>speech channel open</source>
            <translation>canal phonie ouvert</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/espa.py" line="91" />
            <source>speech channel open (paged)</source>
            <translation>canal phonie ouvert (bipé)</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/espa.py" line="92" />
            <source>speech channel open (absent)</source>
            <translation>canal phonie ouvert (absent)</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/espa.py" line="93" />
            <source>fault</source>
            <translation>défaut</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/espa.py" line="301" />
            <source>unknown</source>
            <extracomment>NAK prefixes (clause 2.4).</extracomment>
            <translation>inconnu</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="106" />
            <source>receipt acknowledged by destination</source>
            <extracomment>Text coding schemes (EN 300 392-2 table 29.29) that Python can read. Delivery report requests of an SDS-TRANSFER. Delivery status (EN 300 392-2 table 29.16), in our words.</extracomment>
            <translation>réception accusée par le destinataire</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="107" />
            <source>receipt report acknowledgement</source>
            <translation>accusé de l’avis de réception</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="108" />
            <source>consumed by destination</source>
            <translation>lu par le destinataire</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="109" />
            <source>consumed report acknowledgement</source>
            <translation>accusé de l’avis de lecture</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="110" />
            <source>forwarded to external network</source>
            <translation>transmis à un réseau externe</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="111" />
            <source>sent to group, acknowledgement presented</source>
            <translation>envoyé au groupe, accusé présenté</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="112" />
            <source>concatenation part received</source>
            <translation>partie d’un message fractionné reçue</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="113" />
            <source>congestion, message stored</source>
            <translation>encombrement, message conservé</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="114" />
            <source>message stored</source>
            <translation>message conservé</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="115" />
            <source>destination not reachable, message stored</source>
            <translation>destinataire injoignable, message conservé</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="116" />
            <source>network overload</source>
            <translation>réseau surchargé</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="117" />
            <source>service permanently not available</source>
            <translation>service définitivement indisponible</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="118" />
            <source>service temporarily not available</source>
            <translation>service momentanément indisponible</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="119" />
            <source>source not authorised</source>
            <translation>émetteur non autorisé</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="120" />
            <source>destination not authorised</source>
            <translation>destinataire non autorisé</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="121" />
            <source>unknown destination, gateway or service centre</source>
            <translation>destinataire, passerelle ou centre de service inconnu</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="122" />
            <source>unknown forward address</source>
            <translation>adresse de renvoi inconnue</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="123" />
            <source>group address with individual service</source>
            <translation>adresse de groupe pour un service individuel</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="124" />
            <source>validity period expired, not received</source>
            <translation>délai de validité expiré, non reçu</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="125" />
            <source>validity period expired, not consumed</source>
            <translation>délai de validité expiré, non lu</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="126" />
            <source>delivery failed</source>
            <translation>échec de la remise</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="127" />
            <source>destination not registered</source>
            <translation>destinataire non inscrit sur le réseau</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="128" />
            <source>destination queue full</source>
            <translation>file d’attente du destinataire pleine</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="129" />
            <source>message too long</source>
            <translation>message trop long</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="130" />
            <source>destination does not support SDS-TL</source>
            <translation>le destinataire ne prend pas en charge le SDS-TL</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="131" />
            <source>destination host not connected</source>
            <translation>hôte destinataire non connecté</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="132" />
            <source>protocol not supported</source>
            <translation>protocole non pris en charge</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="133" />
            <source>data coding scheme not supported</source>
            <translation>codage des données non pris en charge</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="134" />
            <source>destination memory full, message discarded</source>
            <translation>mémoire du destinataire pleine, message supprimé</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="135" />
            <source>destination not accepting SDS messages</source>
            <translation>le destinataire n’accepte pas les messages SDS</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="136" />
            <source>destination not reachable, delivery failed</source>
            <translation>destinataire injoignable, échec de la remise</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="137" />
            <location filename="../../radio/codecs/tetra_pei.py" line="144" />
            <source>destination memory full</source>
            <translation>mémoire du destinataire pleine</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="138" />
            <source>destination memory available</source>
            <translation>mémoire du destinataire de nouveau disponible</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="143" />
            <source>protocol or coding not supported</source>
            <translation>protocole ou codage non pris en charge</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="145" />
            <source>message received</source>
            <translation>message reçu</translation>
        </message>
        <message>
            <location filename="../../radio/codecs/tetra_pei.py" line="146" />
            <source>message consumed</source>
            <translation>message lu</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../console/main_window.py" line="135" />
            <source>Replay — {site}</source>
            <translation>Rejeu — {site}</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="135" />
            <source>Dispatch console — {site}</source>
            <translation>Console de traitement de l'alerte — {site}</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="234" />
            <source>Store: opening…</source>
            <translation>Base : ouverture…</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="260" />
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="261" />
            <source>Open &amp;replay…</source>
            <translation>Ouvrir un &amp;rejeu…</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="265" />
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="270" />
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="271" />
            <source>&amp;Fit map to site</source>
            <translation>&amp;Ajuster la carte au secteur</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="275" />
            <source>&amp;Map in its own window</source>
            <translation>&amp;Carte dans sa propre fenêtre</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="279" />
            <source>Put the map in a window of its own, on another screen if there is one</source>
            <translation>Mettre la carte dans sa propre fenêtre, sur un autre écran s'il y en a un</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="283" />
            <source>&amp;Wallboard</source>
            <translation>&amp;Tableau mural</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="286" />
            <source>The room at a glance, for a supervisor's desk or a wall (F11: full screen)</source>
            <translation>La salle d'un coup d'œil, pour le poste du chef de salle ou le mur (F11 : plein écran)</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="291" />
            <source>&amp;Units as</source>
            <translation>&amp;Engins en</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="295" />
            <source>&amp;Command line</source>
            <translation>&amp;Ligne de commande</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="301" />
            <source>&amp;Go to</source>
            <translation>&amp;Aller à</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="322" />
            <source>Toggle day/night</source>
            <translation>Basculer jour/nuit</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="326" />
            <source>&amp;Reset layout</source>
            <translation>&amp;Réinitialiser la disposition</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="335" />
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="336" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Raccourcis clavier</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="340" />
            <source>&amp;About</source>
            <translation>À &amp;propos</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="346" />
            <source>&amp;Operator</source>
            <translation>&amp;Opérateur</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="348" />
            <source>&amp;Change operator…</source>
            <translation>&amp;Changer d'opérateur…</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="349" />
            <source>&amp;Lock position</source>
            <translation>&amp;Verrouiller le poste</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="350" />
            <source>&amp;Sign out</source>
            <translation>&amp;Se déconnecter</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="351" />
            <source>&amp;Manage operators…</source>
            <translation>&amp;Gérer les opérateurs…</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="393" />
            <source>Right-click — status changes, recommend, new incident here</source>
            <translation>Clic droit — changements de statut, proposition, nouvelle intervention ici</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="392" />
            <source>Mouse wheel — zoom; drag — pan; click a unit — select it</source>
            <translation>Molette — zoom ; glisser — déplacer ; clic sur un engin — le sélectionner</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="395" />
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="400" />
            <source>About</source>
            <translation>À propos</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="402" />
            <source>Dispatch console
Site: {site}
Map data © OpenStreetMap contributors (ODbL).</source>
            <translation>Console de traitement de l'alerte
Secteur : {site}
Données cartographiques © contributeurs OpenStreetMap (ODbL).</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="445" />
            <source>DRILL — EXERCISE, NOT LIVE — {title}</source>
            <translation>EXERCICE — PAS UNE OPÉRATION RÉELLE — {title}</translation>
        </message>
        <message>
            <location filename="../../console/main_window.py" line="463" />
            <source>DRILL — {title} — {site}</source>
            <translation>EXERCICE — {title} — {site}</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="181" />
            <source>&amp;Sound</source>
            <translation>&amp;Son</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="183" />
            <source>&amp;Mute sounds</source>
            <translation>&amp;Couper les sons</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="198" />
            <source>Sound &amp;settings…</source>
            <translation>&amp;Réglages du son…</translation>
        </message>
        <message>
            <location filename="../../console/app.py" line="250" />
            <source>SITE NOT LOADED — no links are running: {err}</source>
            <translation>SECTEUR NON CHARGÉ — aucune liaison active : {err}</translation>
        </message>
        <message>
            <location filename="../../console/app.py" line="252" />
            <source>Store: not opened</source>
            <translation>Base : non ouverte</translation>
        </message>
        <message>
            <location filename="../../console/app.py" line="333" />
            <source>DRILL NOT STARTED — {err}</source>
            <translation>EXERCICE NON DÉMARRÉ — {err}</translation>
        </message>
        <message>
            <location filename="../../console/session/recorder_watch.py" line="81" />
            <source>RECORDER STOPPED (exit code {code}) — the site's links are not received until it is back; restarting it. {last}</source>
            <translation>ENREGISTREUR ARRÊTÉ (code de sortie {code}) — les liaisons du site ne sont plus reçues jusqu'à son retour ; redémarrage. {last}</translation>
        </message>
        <message>
            <location filename="../../console/session/recorder_watch.py" line="86" />
            <source>Recorder stopped (exit code {code}); restarting</source>
            <translation>Enregistreur arrêté (code de sortie {code}) ; redémarrage</translation>
        </message>
        <message>
            <location filename="../../console/session/recorder_watch.py" line="106" />
            <source>Recorder running again: the site's links are received</source>
            <translation>Enregistreur relancé : les liaisons du site sont reçues</translation>
        </message>
        <message>
            <location filename="../../console/map_placement.py" line="73" />
            <source>The map is in its own window on screen {screen}.
Ctrl+Shift+M brings it back here.</source>
            <translation>La carte est dans sa propre fenêtre sur l'écran {screen}.
Ctrl+Shift+M la ramène ici.</translation>
        </message>
        <message>
            <location filename="../../console/map_placement.py" line="133" />
            <source>Screen {screen} was disconnected: the map is back here.</source>
            <translation>L'écran {screen} a été débranché : la carte est revenue ici.</translation>
        </message>
        <message>
            <location filename="../../console/map_placement.py" line="63" />
            <source>Map — {site}</source>
            <translation>Carte — {site}</translation>
        </message>
        <message>
            <location filename="../../console/map_placement.py" line="114" />
            <source>Screen {screen} for the map is not connected: the map is here.</source>
            <translation>L'écran {screen} prévu pour la carte n'est pas branché : la carte est ici.</translation>
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
            <translation>{unit} arrivée {eta}</translation>
        </message>
        <message>
            <location filename="../../widgets/map_widget.py" line="397" />
            <source>{0} · no fix</source>
            <translation>{0} · sans position</translation>
        </message>
        <message>
            <location filename="../../widgets/map/alert_areas.py" line="166" />
            <source>EXERCISE</source>
            <translation>EXERCICE</translation>
        </message>
        <message>
            <location filename="../../widgets/map/alert_areas.py" line="189" />
            <source>E</source>
            <translation>E</translation>
        </message>
        <message>
            <location filename="../../widgets/map/alert_areas.py" line="217" />
            <source>Raised {0}</source>
            <translation>Déclenchée {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/map/alert_areas.py" line="309" />
            <source>DOWN</source>
            <translation>HS</translation>
        </message>
        <message>
            <location filename="../../widgets/map/alert_areas.py" line="309" />
            <source>degraded</source>
            <translation>dégradé</translation>
        </message>
        <message>
            <location filename="../../widgets/map/alert_areas.py" line="307" />
            <source>Sensor ({0})</source>
            <translation>Capteur ({0})</translation>
        </message>
        <message>
            <location filename="../../widgets/map/callers.py" line="384" />
            <source>Verified</source>
            <translation>Vérifié</translation>
        </message>
        <message>
            <location filename="../../widgets/map/callers.py" line="386" />
            <source>New automatic fix offered</source>
            <translation>Nouvelle position automatique proposée</translation>
        </message>
        <message>
            <location filename="../../widgets/map/callers.py" line="377" />
            <source>Located {time} ({age})</source>
            <translation>Localisé {time} ({age})</translation>
        </message>
        <message>
            <location filename="../../widgets/map/callers.py" line="375" />
            <source>(no number)</source>
            <translation>(pas de numéro)</translation>
        </message>
        <message>
            <location filename="../../widgets/map/menus.py" line="45" />
            <source>Recommend units</source>
            <translation>Proposer des engins</translation>
        </message>
        <message>
            <location filename="../../widgets/map/menus.py" line="56" />
            <source>New incident here…</source>
            <translation>Nouvelle intervention ici…</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="32" />
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="38" />
            <source>{0} h ago</source>
            <translation>il y a {0} h</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="35" />
            <source>{0} s ago</source>
            <translation>il y a {0} s</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="37" />
            <source>{0} min ago</source>
            <translation>il y a {0} min</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="46" />
            <source>{0} ({1})</source>
            <translation>{0} ({1})</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="47" />
            <source>Status: {0}</source>
            <translation>Statut : {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="48" />
            <source>Fix: {0}</source>
            <translation>Position : {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="57" />
            <source>No fix: shown at its station</source>
            <translation>Sans position : affiché à son centre</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="52" />
            <source>No fix: shown at incident {0} by its status</source>
            <translation>Sans position : affiché à l'intervention {0} selon son statut</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="61" />
            <source>No position</source>
            <translation>Pas de position</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tooltips.py" line="69" />
            <source>Station ({0})</source>
            <translation>Centre ({0})</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tracks.py" line="407" />
            <source>Speed: {0}</source>
            <translation>Vitesse : {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tracks.py" line="408" />
            <source>unknown</source>
            <translation>inconnu</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tracks.py" line="412" />
            <source>Course: {0}</source>
            <translation>Cap : {0}</translation>
        </message>
        <message>
            <location filename="../../widgets/map/tracks.py" line="418" />
            <source>Last plot: {0} s ago</source>
            <translation>Dernier plot : il y a {0} s</translation>
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
            <translation>SESSION D'URGENCE : {name} ({role}), {left} min restantes</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="142" />
            <source>NOBODY SIGNED IN — actions are refused (Operator ▸ Change operator)</source>
            <translation>PERSONNE N'EST CONNECTÉ — les actions sont refusées (Opérateur ▸ Changer d'opérateur)</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="171" />
            <source>{name} ({role})</source>
            <translation>{name} ({role})</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="148" />
            <source>{who} — no password yet: full rights of this store file</source>
            <translation>{who} — pas encore de mot de passe : tous les droits sur ce fichier de base</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="152" />
            <source>{who} — LOCKED</source>
            <translation>{who} — VERROUILLÉ</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="161" />
            <source>BREAK-GLASS EMERGENCY SESSION — {name} at {position} until {until} UTC: {reason}</source>
            <translation>SESSION D'URGENCE (BRIS DE GLACE) — {name} au poste {position} jusqu'à {until} UTC : {reason}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="185" />
            <source>signed in as {name}: the database has stored it</source>
            <translation>connecté en tant que {name} : la base l'a enregistré</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="210" />
            <source>Change operator — {name} hands over</source>
            <translation>Changement d'opérateur — {name} passe la main</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="331" />
            <source>{name} has no password, so this position cannot lock: set one (dispatch-console operators passwd STORE {name})</source>
            <translation>{name} n'a pas de mot de passe, ce poste ne peut donc pas se verrouiller : définissez-en un (dispatch-console operators passwd STORE {name})</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="402" />
            <source>{name} added ({role})</source>
            <translation>{name} ajouté ({role})</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="408" />
            <source>{name} is now {role}</source>
            <translation>{name} est maintenant {role}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="414" />
            <source>{name} disabled</source>
            <translation>{name} désactivé</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_console.py" line="420" />
            <source>password of {name} changed</source>
            <translation>mot de passe de {name} modifié</translation>
        </message>
    </context>
    <context>
        <name>OperatorDesk</name>
        <message>
            <location filename="../../console/session/operator_desk.py" line="159" />
            <source>the database did not confirm within {seconds} s (it is kept and stored when the database answers)</source>
            <translation>la base n'a pas confirmé en {seconds} s (c'est conservé et sera enregistré dès que la base répondra)</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="164" />
            <source>the database refused it: {error}</source>
            <translation>la base l'a refusé : {error}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="165" />
            <source>the first administrator was not stored: {problem}</source>
            <translation>le premier administrateur n'a pas été enregistré : {problem}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="168" />
            <source>not signed in: {problem}</source>
            <translation>non connecté : {problem}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="169" />
            <source>cannot sign in: {problem}</source>
            <translation>connexion impossible : {problem}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="170" />
            <source>not signed in: the log does not show the sign-in</source>
            <translation>non connecté : le journal ne montre pas la connexion</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="173" />
            <source>nobody is signed in here: sign in</source>
            <translation>personne n'est connecté ici : connectez-vous</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="174" />
            <source>nobody is signed in here</source>
            <translation>personne n'est connecté ici</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="175" />
            <source>the emergency session ended</source>
            <translation>la session d'urgence est terminée</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="176" />
            <source>not signed out: {problem}</source>
            <translation>non déconnecté : {problem}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="177" />
            <source>sign in first</source>
            <translation>connectez-vous d'abord</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="178" />
            <source>not stored: {problem}</source>
            <translation>non enregistré : {problem}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="179" />
            <source>done</source>
            <translation>fait</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="180" />
            <source>this site does not allow emergency sessions</source>
            <translation>ce site n'autorise pas les sessions d'urgence</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="183" />
            <source>the database is reachable: sign in with your password</source>
            <translation>la base est joignable : connectez-vous avec votre mot de passe</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="186" />
            <source>an emergency session needs your name and the reason</source>
            <translation>une session d'urgence demande votre nom et le motif</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="189" />
            <source>emergency session for {name} until {until} UTC</source>
            <translation>session d'urgence pour {name} jusqu'à {until} UTC</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="193" />
            <source>signed in as {name} ({role})</source>
            <translation>connecté en tant que {name} ({role})</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="194" />
            <source>{name} ({role}) took over from {previous}</source>
            <translation>{name} ({role}) a pris le relais de {previous}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="195" />
            <source>{name} signed out</source>
            <translation>{name} déconnecté(e)</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="196" />
            <source>too many failed sign-ins for {name}: try again in {seconds} s</source>
            <translation>trop d'échecs de connexion pour {name} : réessayez dans {seconds} s</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="199" />
            <source>no operator is named '{name}': check the name or ask a supervisor</source>
            <translation>aucun opérateur ne s'appelle « {name} » : vérifiez le nom ou demandez au chef de salle</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="202" />
            <source>the account {name} is disabled: ask a supervisor</source>
            <translation>le compte {name} est désactivé : adressez-vous au chef de salle</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="205" />
            <source>wrong password for {name}</source>
            <translation>mot de passe incorrect pour {name}</translation>
        </message>
        <message>
            <location filename="../../console/session/operator_desk.py" line="206" />
            <source>{name} is already signed in at {positions}: sign out there first</source>
            <translation>{name} est déjà connecté(e) au poste {positions} : déconnectez-vous d'abord là-bas</translation>
        </message>
    </context>
    <context>
        <name>OperatorsDialog</name>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="65" />
            <source>Operators</source>
            <translation>Opérateurs</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="69" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="69" />
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="69" />
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="69" />
            <source>Signed in at</source>
            <translation>Connecté à</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="88" />
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="89" />
            <source>&amp;Role</source>
            <translation>&amp;Rôle</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="90" />
            <source>New &amp;password</source>
            <translation>Nouveau &amp;mot de passe</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="91" />
            <source>&amp;Again</source>
            <translation>&amp;Confirmation</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="92" />
            <source>Reason (disable)</source>
            <translation>Motif (désactivation)</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="100" />
            <source>A&amp;dd</source>
            <translation>&amp;Ajouter</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="101" />
            <source>Set r&amp;ole</source>
            <translation>Définir le &amp;rôle</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="102" />
            <source>Reset pass&amp;word</source>
            <translation>Réinitialiser le mot de &amp;passe</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="103" />
            <source>D&amp;isable</source>
            <translation>Dés&amp;activer</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="104" />
            <source>&amp;Close</source>
            <translation>&amp;Fermer</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="119" />
            <source>disabled</source>
            <translation>désactivé</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="119" />
            <source>enabled</source>
            <translation>actif</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="121" />
            <source>, no password</source>
            <translation>, sans mot de passe</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="143" />
            <source>Type or select an operator's name.</source>
            <translation>Tapez ou choisissez le nom d'un opérateur.</translation>
        </message>
        <message>
            <location filename="../../widgets/operators_dialog.py" line="152" />
            <source>The two passwords differ.</source>
            <translation>Les deux mots de passe diffèrent.</translation>
        </message>
    </context>
    <context>
        <name>PlaceCompleterWidget</name>
        <message>
            <location filename="../../widgets/place_completer.py" line="105" />
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="105" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="105" />
            <source>Locality</source>
            <translation>Commune</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="105" />
            <source>Match</source>
            <translation>Correspondance</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="57" />
            <source>site name</source>
            <translation>nom de site</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="58" />
            <source>address</source>
            <translation>adresse</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="59" />
            <source>street</source>
            <translation>rue</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="60" />
            <source>corner</source>
            <translation>carrefour</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="61" />
            <source>landmark</source>
            <translation>point de repère</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="62" />
            <source>area</source>
            <translation>secteur</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="63" />
            <source>coordinates</source>
            <translation>coordonnées</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="75" />
            <location filename="../../widgets/place_completer.py" line="77" />
            <source>exact</source>
            <translation>exact</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="78" />
            <source>fuzzy</source>
            <translation>approché</translation>
        </message>
        <message>
            <location filename="../../widgets/place_completer.py" line="79" />
            <source>partial</source>
            <translation>partiel</translation>
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
            <translation>Chercher un lieu (Ctrl+F) : adresse, carrefour, point de repère</translation>
        </message>
        <message>
            <location filename="../../widgets/place_search.py" line="87" />
            <source>No place found for '{query}'</source>
            <translation>Aucun lieu trouvé pour « {query} »</translation>
        </message>
    </context>
    <context>
        <name>Recommendation</name>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="51" />
            <source>from station: no fix</source>
            <translation>depuis le centre : pas de position</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="126" />
            <source>unreachable: no position and no station</source>
            <translation>inaccessible : ni position ni centre</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="41" />
            <source>{n} km</source>
            <translation>{n} km</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="123" />
            <source>unreachable: no road route to the incident</source>
            <translation>inaccessible : aucun itinéraire routier jusqu’à l’intervention</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="40" />
            <source>{n} m</source>
            <translation>{n} m</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="47" />
            <source>from AVL fix {age} old</source>
            <translation>depuis une position AVL de {age}</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="49" />
            <source>from stale fix {age} old</source>
            <translation>depuis une position périmée de {age}</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="53" />
            <source>from station: fix {age} old</source>
            <translation>depuis le centre : position de {age}</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="104" />
            <source>ETA {eta}, {origin}</source>
            <translation>arrivée {eta}, {origin}</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="107" />
            <source>slower: +{extra} than {unit} (ETA {eta}, {origin})</source>
            <translation>plus lent : +{extra} par rapport à {unit} (arrivée {eta}, {origin})</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="115" />
            <source>not needed (ETA {eta}, {origin})</source>
            <translation>non nécessaire (arrivée {eta}, {origin})</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="117" />
            <source>already recommended for {type}</source>
            <translation>déjà proposé pour {type}</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="124" />
            <source>unreachable: {why}</source>
            <translation>inaccessible : {why}</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="129" />
            <source>busy: {status}</source>
            <translation>indisponible : {status}</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="133" />
            <source>busy: unknown status {status}</source>
            <translation>indisponible : état inconnu {status}</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="135" />
            <source>wrong type: the plan needs no {type}</source>
            <translation>type non requis : le plan ne prévoit pas de {type}</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="99" />
            <source>substitute for {type}, ETA {eta}, {origin}</source>
            <translation>en remplacement de {type}, arrivée {eta}, {origin}</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="101" />
            <source>ETA {eta}, {distance}, {origin}</source>
            <translation>arrivée {eta}, {distance}, {origin}</translation>
        </message>
        <message>
            <location filename="../../console/reports/recommendation_reasons.py" line="96" />
            <source>substitute for {type}, ETA {eta}, {distance}, {origin}</source>
            <translation>en remplacement de {type}, arrivée {eta}, {distance}, {origin}</translation>
        </message>
    </context>
    <context>
        <name>RecommendationPanelDock</name>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="75" />
            <source>Recommendation</source>
            <translation>Proposition</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="99" />
            <source>Unit</source>
            <translation>Engin</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="100" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="101" />
            <source>ETA</source>
            <translation>Arrivée</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="102" />
            <source>Route</source>
            <translation>Itinéraire</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="103" />
            <source>Fix</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="104" />
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="135" />
            <source>Dispatch (Enter)</source>
            <translation>Engager (Entrée)</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="220" />
            <source>No recommendation</source>
            <translation>Pas de proposition</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="223" />
            <source>No recommendation for incident {incident}</source>
            <translation>Pas de proposition pour l'intervention {incident}</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="230" />
            <source>Recommendation for incident {incident}</source>
            <translation>Proposition pour l'intervention {incident}</translation>
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
            <translation>depuis le centre</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="289" />
            <source>{age} ago</source>
            <translation>il y a {age}</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="339" />
            <source>{picked} of {wanted} picked</source>
            <translation>{picked} choisis sur {wanted}</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="353" />
            <source>Select an incident; R recommends units.</source>
            <translation>Sélectionnez une intervention ; R propose des engins.</translation>
        </message>
        <message>
            <location filename="../../widgets/recommendation_panel.py" line="356" />
            <source>R {incident} recommends units for it.</source>
            <translation>R {incident} propose des engins pour elle.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../widgets/recommendation_panel.py" line="362" />
            <source>%n unit(s), changed by dispatcher</source>
            <translation>
                <numerusform>%n engin, modifié par l'opérateur</numerusform>
                <numerusform>%n engins, modifiés par l'opérateur</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../widgets/recommendation_panel.py" line="365" />
            <source>%n unit(s), as recommended</source>
            <translation>
                <numerusform>%n engin, comme proposé</numerusform>
                <numerusform>%n engins, comme proposé</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Refusal</name>
        <message>
            <location filename="../../console/controllers/calls.py" line="236" />
            <location filename="../../console/services/calls.py" line="155" />
            <source>unknown call '{call}'</source>
            <translation>appel inconnu « {call} »</translation>
        </message>
        <message>
            <location filename="../../console/controllers/calls.py" line="239" />
            <source>call {call} has no newer automatic fix on offer</source>
            <translation>l'appel {call} n'a pas de localisation automatique plus récente en attente</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="61" />
            <source>was promoted to {incident}</source>
            <translation>a été transformée en {incident}</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="62" />
            <source>is linked to {incident}</source>
            <translation>est rattachée à {incident}</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="63" />
            <source>was dismissed</source>
            <translation>a été classée sans suite</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="64" />
            <source>was cancelled by its sender</source>
            <translation>a été annulée par son émetteur</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="139" />
            <source>unknown alert '{alert}'</source>
            <translation>alerte inconnue « {alert} »</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="156" />
            <source>an incident</source>
            <translation>une intervention</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="160" />
            <source>is {state}</source>
            <translation>est à l'état {state}</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="173" />
            <source>alert {alert} {state}: it cannot be acknowledged</source>
            <translation>l'alerte {alert} {state} : elle ne peut pas être acquittée</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="177" />
            <source>alert {alert} is already acknowledged</source>
            <translation>l'alerte {alert} est déjà acquittée</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="201" />
            <source>alert {alert} {state}: it cannot be promoted</source>
            <translation>l'alerte {alert} {state} : elle ne peut pas devenir une intervention</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="205" />
            <source>alert {alert} is an exercise: it cannot become a live incident</source>
            <translation>l'alerte {alert} est un exercice : elle ne peut pas devenir une intervention réelle</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="212" />
            <source>alert {alert} has no position: create the incident by hand</source>
            <translation>l'alerte {alert} n'a pas de position : créez l'intervention à la main</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="220" />
            <source>alert {alert} suggests no incident type: choose one</source>
            <translation>l'alerte {alert} ne propose aucun type d'intervention : choisissez-en un</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="259" />
            <source>alert {alert} {state}: it cannot be linked</source>
            <translation>l'alerte {alert} {state} : elle ne peut pas être rattachée</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="263" />
            <source>link needs an incident or a call</source>
            <translation>le rattachement demande une intervention ou un appel</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="272" />
            <source>unknown incident or call '{target}'</source>
            <translation>intervention ou appel inconnu « {target} »</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="277" />
            <location filename="../../console/services/calls.py" line="306" />
            <location filename="../../console/services/dispatch.py" line="123" />
            <source>incident {incident} is closed</source>
            <translation>l'intervention {incident} est clôturée</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="288" />
            <source>alert {alert} {state}: it cannot be dismissed</source>
            <translation>l'alerte {alert} {state} : elle ne peut pas être classée sans suite</translation>
        </message>
        <message>
            <location filename="../../console/services/alerts.py" line="293" />
            <source>say why alert {alert} is dismissed</source>
            <translation>indiquez pourquoi l'alerte {alert} est classée sans suite</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="77" />
            <source>not a location: {reason}</source>
            <translation>ce n'est pas une localisation : {reason}</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="182" />
            <source>call {call} is already answered</source>
            <translation>l'appel {call} est déjà décroché</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="186" />
            <source>call {call} was abandoned: it cannot be answered</source>
            <translation>l'appel {call} est raccroché : il ne peut pas être décroché</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="193" />
            <source>call {call} is released: it cannot be answered</source>
            <translation>l'appel {call} est libéré : il ne peut pas être décroché</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="213" />
            <source>call {call} is already abandoned</source>
            <translation>l'appel {call} est déjà marqué raccroché</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="217" />
            <source>call {call} is released: it cannot be abandoned</source>
            <translation>l'appel {call} est libéré : il ne peut pas être marqué raccroché</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="231" />
            <source>its location can no longer be verified</source>
            <translation>sa localisation ne peut plus être vérifiée</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="237" />
            <source>call {call} has no location to verify: type it or click it on the map</source>
            <translation>l'appel {call} n'a pas de localisation à vérifier : saisissez-la ou cliquez-la sur la carte</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="245" />
            <source>the location of call {call} is already verified</source>
            <translation>la localisation de l'appel {call} est déjà vérifiée</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="257" />
            <source>not a location: it has neither coordinates nor an address</source>
            <translation>ce n'est pas une localisation : ni coordonnées ni adresse</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="290" />
            <source>attach needs an incident</source>
            <translation>le rattachement demande une intervention</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="293" />
            <location filename="../../console/services/calls.py" line="352" />
            <source>call {call} is already attached to {incident}</source>
            <translation>l'appel {call} est déjà rattaché à l'intervention {incident}</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="301" />
            <location filename="../../console/services/dispatch.py" line="119" />
            <location filename="../../console/services/dispatch.py" line="453" />
            <location filename="../../console/services/dispatch.py" line="493" />
            <location filename="../../console/services/partner.py" line="226" />
            <source>unknown incident '{incident}'</source>
            <translation>intervention inconnue « {incident} »</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="319" />
            <source>call {call} is still ringing: answer it or mark it abandoned</source>
            <translation>l'appel {call} sonne encore : décrochez ou marquez-le raccroché</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="326" />
            <source>call {call} was abandoned: there is nothing to release</source>
            <translation>l'appel {call} est raccroché : il n'y a rien à libérer</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="333" />
            <source>call {call} is already released</source>
            <translation>l'appel {call} est déjà libéré</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="359" />
            <source>call {call} has no position: type the location or click it on the map</source>
            <translation>l'appel {call} n'a pas de position : saisissez le lieu ou cliquez-le sur la carte</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="371" />
            <source>the location of call {call} changed meanwhile: check it and try again</source>
            <translation>la localisation de l'appel {call} a changé entre-temps : vérifiez-la et réessayez</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="403" />
            <source>call {call} was abandoned: {consequence}</source>
            <translation>l'appel {call} est raccroché : {consequence}</translation>
        </message>
        <message>
            <location filename="../../console/services/calls.py" line="409" />
            <source>call {call} is released: {consequence}</source>
            <translation>l'appel {call} est libéré : {consequence}</translation>
        </message>
        <message>
            <location filename="../../console/services/committed_actions.py" line="57" />
            <source>the position is locked: unlock it with your password (or change operator)</source>
            <extracomment>The position's own refusals (``console.session.operator.PositionOperator``), marked here with the services' refusals so they are translated where shown.</extracomment>
            <translation>le poste est verrouillé : déverrouillez-le avec votre mot de passe (ou changez d'opérateur)</translation>
        </message>
        <message>
            <location filename="../../console/services/committed_actions.py" line="60" />
            <source>nobody is signed in at this position: sign in first</source>
            <translation>personne n'est connecté à ce poste : connectez-vous d'abord</translation>
        </message>
        <message>
            <location filename="../../console/services/committed_actions.py" line="68" />
            <source>NOT RECORDED — {reason}</source>
            <translation>NON ENREGISTRÉ — {reason}</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="113" />
            <source>unknown unit '{unit}'</source>
            <translation>engin inconnu « {unit} »</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="170" />
            <location filename="../../console/services/dispatch.py" line="218" />
            <source>not a position: {lat}, {lon}</source>
            <translation>ce n'est pas une position : {lat}, {lon}</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="197" />
            <source>could not allocate an incident number; try again</source>
            <translation>impossible d'attribuer un numéro d'intervention ; réessayez</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="246" />
            <source>no units to dispatch</source>
            <translation>aucun engin à engager</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="248" />
            <source>a unit is named twice</source>
            <translation>un engin est cité deux fois</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="254" />
            <source>{unit} is {status} to {incident}: not available</source>
            <translation>l'engin {unit} est {status} sur l'intervention {incident} : non disponible</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="262" />
            <source>{unit} is {status}: not available</source>
            <translation>l'engin {unit} est {status} : non disponible</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="412" />
            <source>no units named</source>
            <translation>aucun engin indiqué</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="456" />
            <source>the note is empty</source>
            <translation>la note est vide</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="464" />
            <source>closing needs a disposition</source>
            <translation>la clôture demande un bilan de clôture</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="469" />
            <source>{units} still committed to {incident}: clear them first ({av})</source>
            <translation>{units} encore engagés sur l'intervention {incident} : libérez-les d'abord ({av})</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="498" />
            <source>incident {incident} is open: nothing to reopen</source>
            <translation>l'intervention {incident} est ouverte : rien à rouvrir</translation>
        </message>
        <message>
            <location filename="../../console/services/dispatch.py" line="502" />
            <source>reopening needs a reason</source>
            <translation>la réouverture demande un motif</translation>
        </message>
        <message>
            <location filename="../../console/services/partner.py" line="216" />
            <source>none configured</source>
            <translation>aucun configuré</translation>
        </message>
        <message>
            <location filename="../../console/services/partner.py" line="219" />
            <source>unknown partner '{partner}' (partners: {known})</source>
            <translation>centre partenaire inconnu « {partner} » (partenaires : {known})</translation>
        </message>
        <message>
            <location filename="../../console/services/partner.py" line="256" />
            <source>handover not stored, nothing sent: {reason}</source>
            <translation>transmission non enregistrée, rien n'a été envoyé : {reason}</translation>
        </message>
        <message>
            <location filename="../../console/services/partner.py" line="360" />
            <source>answer must be one of {answers}, not '{answer}'</source>
            <translation>la réponse doit être l'une de {answers}, pas « {answer} »</translation>
        </message>
        <message>
            <location filename="../../console/services/partner.py" line="369" />
            <source>{call} is not a call handed over by a partner</source>
            <translation>{call} n'est pas un appel transmis par un centre partenaire</translation>
        </message>
        <message>
            <location filename="../../console/services/partner.py" line="397" />
            <source>answer not stored, nothing sent: {reason}</source>
            <translation>réponse non enregistrée, rien n'a été envoyé : {reason}</translation>
        </message>
        <message>
            <location filename="../../console/services/reach.py" line="322" />
            <source>link {link} is not run by this position</source>
            <translation>la liaison {link} n'est pas gérée par ce poste</translation>
        </message>
        <message>
            <location filename="../../console/services/reach.py" line="497" />
            <source>{unit} has not been paged</source>
            <translation>l'engin {unit} n'a pas été bipé</translation>
        </message>
        <message>
            <location filename="../../console/services/reach.py" line="506" />
            <source>{unit} is no longer committed to {incident}</source>
            <translation>l'engin {unit} n'est plus engagé sur l'intervention {incident}</translation>
        </message>
        <message>
            <location filename="../../console/services/reach.py" line="516" />
            <source>{unit} has no path over {link} (paths: {paths})</source>
            <translation>l'engin {unit} n'a pas de chemin par {link} (chemins : {paths})</translation>
        </message>
        <message>
            <location filename="../../console/services/reach.py" line="536" />
            <source>{unit}'s page needs nothing more ({notice})</source>
            <translation>le bip de l'engin {unit} ne demande plus rien ({notice})</translation>
        </message>
        <message>
            <location filename="../../models/dispatch/catalogue.py" line="168" />
            <source>unknown unit type '{code}'; known: {known}</source>
            <extracomment>Per-language names: name_he, name_ar, name_sr_Latn ... (optional on unit and incident types).</extracomment>
            <translation>type d'engin inconnu « {code} » ; connus : {known}</translation>
        </message>
        <message>
            <location filename="../../models/dispatch/catalogue.py" line="169" />
            <source>unknown incident type '{code}'; known: {known}</source>
            <translation>type d'intervention inconnu « {code} » ; connus : {known}</translation>
        </message>
        <message>
            <location filename="../../models/dispatch/status.py" line="69" />
            <source>unknown status '{status}'; known statuses: {known}</source>
            <extracomment>Which statuses may follow which. Any status may go out of service (a unit breaks down anywhere); out of service only returns to available. Statuses in which a unit may be recommended and assigned to a new incident. Statuses in which a unit is committed to an incident.</extracomment>
            <translation>statut inconnu « {status} » ; statuts connus : {known}</translation>
        </message>
        <message>
            <location filename="../../models/dispatch/status.py" line="82" />
            <source>{unit} is already {status}</source>
            <translation>l'engin {unit} est déjà {status}</translation>
        </message>
        <message>
            <location filename="../../models/dispatch/status.py" line="86" />
            <source>{unit} cannot go from {current} to {new}; from {current} it may go to: {allowed}</source>
            <translation>l'engin {unit} ne peut pas passer de {current} à {new} ; depuis {current} il peut passer à : {allowed}</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="30" />
            <source>call-taker</source>
            <translation>opérateur de traitement de l'alerte</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="31" />
            <source>dispatcher</source>
            <translation>opérateur</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="32" />
            <source>supervisor</source>
            <translation>chef de salle</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="33" />
            <source>trainer</source>
            <translation>formateur</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="34" />
            <source>administrator</source>
            <translation>administrateur</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="46" />
            <source>answering a call</source>
            <translation>décrocher un appel</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="47" />
            <source>locating a call</source>
            <translation>localiser un appel</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="48" />
            <source>creating an incident</source>
            <translation>créer une intervention</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="49" />
            <source>adding a note to an incident</source>
            <translation>ajouter une note à une intervention</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="50" />
            <source>asking for a recommendation</source>
            <translation>demander une proposition</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="51" />
            <source>dispatching units</source>
            <translation>engager des engins</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="52" />
            <source>setting a unit's status</source>
            <translation>changer le statut d'un engin</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="53" />
            <source>closing an incident</source>
            <translation>clôturer une intervention</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="54" />
            <source>handling an alert</source>
            <translation>traiter une alerte</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="55" />
            <source>reopening an incident</source>
            <translation>rouvrir une intervention</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="56" />
            <source>overriding a refusal</source>
            <translation>passer outre un refus</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="57" />
            <source>replaying the live store</source>
            <translation>rejouer la base réelle</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="58" />
            <source>writing a report from the live store</source>
            <translation>rédiger un rapport depuis la base réelle</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="59" />
            <source>managing operators</source>
            <translation>gérer les opérateurs</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="62" />
            <source>changing an operator's role</source>
            <translation>changer le rôle d'un opérateur</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="66" />
            <source>changing the site's configuration</source>
            <translation>modifier la configuration du site</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="68" />
            <source>running a drill</source>
            <translation>lancer un exercice</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="69" />
            <source>injecting into a drill</source>
            <translation>injecter dans un exercice</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="70" />
            <source>replaying a drill</source>
            <translation>rejouer un exercice</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="71" />
            <source>writing a report from a drill store</source>
            <translation>rédiger un rapport depuis une base d'exercice</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="120" />
            <source>the {role} role</source>
            <translation>le rôle {role}</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="123" />
            <source>the {first} or {second} role</source>
            <translation>le rôle {first} ou {second}</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="129" />
            <source>the {first}, {second} or {third} role</source>
            <translation>le rôle {first}, {second} ou {third}</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="150" />
            <source>{what} needs a signed-in operator with {roles}</source>
            <translation>{what} : il faut un opérateur connecté ayant {roles}</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="153" />
            <source>{what} is refused: a trainer acts only in drills, never live</source>
            <translation>{what} : refusé : un formateur n'agit qu'en exercice, jamais en réel</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="158" />
            <source>{what} happens only on a drill store</source>
            <translation>{what} : seulement sur une base d'exercice</translation>
        </message>
        <message>
            <location filename="../../models/operators/roles.py" line="161" />
            <source>{what} needs {roles}; you are {role}</source>
            <translation>{what} nécessite {roles} ; votre rôle : {role}</translation>
        </message>
        <message>
            <location filename="../../models/refusal.py" line="70" />
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <location filename="../../models/routing/snap.py" line="315" />
            <source>position {where} is not a valid coordinate</source>
            <translation>la position {where} n'est pas une coordonnée valide</translation>
        </message>
        <message>
            <location filename="../../models/routing/snap.py" line="322" />
            <source>no connected road</source>
            <translation>aucune route reliée</translation>
        </message>
        <message>
            <location filename="../../models/routing/snap.py" line="327" />
            <source>position {where} is {distance} m from a road that is cut off from the main road network (one-way or dead-end fragment); nearest connected road: {connected} (limit {limit} m)</source>
            <translation>la position {where} est à {distance} m d'une route coupée du réseau principal (tronçon à sens unique ou en impasse) ; route reliée la plus proche : {connected} (limite {limit} m)</translation>
        </message>
        <message>
            <location filename="../../models/routing/snap.py" line="340" />
            <source>position {where}: the road network has no drivable roads</source>
            <translation>position {where} : le réseau routier n'a aucune route carrossable</translation>
        </message>
        <message>
            <location filename="../../models/routing/snap.py" line="346" />
            <source>position {where} is outside the road network: {distance} m from the nearest drivable road (limit {limit} m)</source>
            <translation>la position {where} est hors du réseau routier : à {distance} m de la route carrossable la plus proche (limite {limit} m)</translation>
        </message>
        <message>
            <location filename="../../console/services/places.py" line="303" />
            <source>this site has no places file</source>
            <extracomment>A typed address verifies a given position when its exact match lies this close. Longer queries are cut before they reach the index (a pasted page must not stall it).</extracomment>
            <translation>ce site n'a pas de fichier de lieux</translation>
        </message>
        <message>
            <location filename="../../console/services/places.py" line="308" />
            <source>no places index at {path} (run import-osm)</source>
            <translation>pas d'index des lieux dans {path} (lancez import-osm)</translation>
        </message>
        <message>
            <location filename="../../console/services/places.py" line="318" />
            <source>places index unusable: {reason}</source>
            <translation>index des lieux inutilisable : {reason}</translation>
        </message>
        <message>
            <location filename="../../console/services/places.py" line="336" />
            <source>places search failed: {reason}</source>
            <translation>la recherche de lieux a échoué : {reason}</translation>
        </message>
        <message>
            <location filename="../../console/services/places.py" line="378" />
            <source>places reverse failed: {reason}</source>
            <translation>la recherche du nom du lieu a échoué : {reason}</translation>
        </message>
        <message>
            <location filename="../../models/calls/location.py" line="113" />
            <source>lat and lon go together: both or neither</source>
            <extracomment>How many trailing digits identify a caller: enough to tell subscribers apart, few enough that "+44 7477 593102" and "07477593102" match.</extracomment>
            <translation>latitude et longitude vont ensemble : les deux ou aucune</translation>
        </message>
        <message>
            <location filename="../../models/calls/location.py" line="117" />
            <source>lat/lon out of range: {lat}, {lon}</source>
            <translation>latitude/longitude hors limites : {lat}, {lon}</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="83" />
            <source>set</source>
            <translation>fixé</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="85" />
            <source>set by {operator} at {time} UTC</source>
            <translation>fixé par {operator} à {time} UTC</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="111" />
            <source>{unit} is now {status} to {incident} ({set}) — your action was not applied</source>
            <translation>l'engin {unit} est maintenant {status} sur l'intervention {incident} ({set}) — votre action n'a pas été appliquée</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="122" />
            <source>{unit} is now {status} ({set}) — your action was not applied</source>
            <translation>l'engin {unit} est maintenant {status} ({set}) — votre action n'a pas été appliquée</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="146" />
            <source>incident number {incident} was just taken</source>
            <translation>le numéro d'intervention {incident} vient d'être pris</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="150" />
            <source>incident number {incident} was just taken by {operator} at {time} UTC</source>
            <translation>le numéro d'intervention {incident} vient d'être pris par {operator} à {time} UTC</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="210" />
            <source>incident {incident} does not exist</source>
            <translation>l'intervention {incident} n'existe pas</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="221" />
            <source>incident {incident} was closed meanwhile — your action was not applied</source>
            <translation>l'intervention {incident} a été clôturée entre-temps — votre action n'a pas été appliquée</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="241" />
            <source>incident {incident} is open — your action was not applied</source>
            <translation>l'intervention {incident} est ouverte — votre action n'a pas été appliquée</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="252" />
            <source>incident {incident} was reopened meanwhile — your action was not applied</source>
            <translation>l'intervention {incident} a été rouverte entre-temps — votre action n'a pas été appliquée</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="259" />
            <source>incident {incident} was reopened meanwhile by {operator} at {time} UTC — your action was not applied</source>
            <translation>l'intervention {incident} a été rouverte entre-temps par {operator} à {time} UTC — votre action n'a pas été appliquée</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="293" />
            <source>call {key} is now {state} ({set}) — your action was not applied</source>
            <translation>l'appel {key} est maintenant à l'état {state} ({set}) — votre action n'a pas été appliquée</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="300" />
            <source>alert {key} is now {state} ({set}) — your action was not applied</source>
            <translation>l'alerte {key} est maintenant à l'état {state} ({set}) — votre action n'a pas été appliquée</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="344" />
            <source>{position} (break-glass) since {time} UTC</source>
            <translation>{position} (session d'urgence) depuis {time} UTC</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="346" />
            <source>{position} since {time} UTC</source>
            <translation>{position} depuis {time} UTC</translation>
        </message>
        <message>
            <location filename="../../models/store/guards.py" line="354" />
            <source>{name} is already signed in at {positions}: sign out there first — not signed in here</source>
            <translation>{name} est déjà connecté(e) à {positions} : déconnectez-vous d'abord là-bas — non connecté ici</translation>
        </message>
        <message>
            <location filename="../../models/store/commit.py" line="85" />
            <source>The store could not take this action ({why}); it is kept in the log as rejected event(s) {first}..{last}, not applied.</source>
            <translation>La base n'a pas pu prendre cette action ({why}) ; elle est conservée dans le journal comme événement(s) rejeté(s) {first}..{last}, sans être appliquée.</translation>
        </message>
        <message>
            <location filename="../../models/operators/manage.py" line="45" />
            <source>{name} is the last administrator: make another one first</source>
            <translation>{name} est le dernier administrateur : nommez-en d'abord un autre</translation>
        </message>
        <message>
            <location filename="../../models/operators/manage.py" line="75" />
            <source>no operator is named '{name}'</source>
            <translation>aucun opérateur ne s'appelle « {name} »</translation>
        </message>
        <message>
            <location filename="../../models/operators/manage.py" line="83" />
            <source>unknown role '{role}': one of {roles}</source>
            <translation>rôle inconnu « {role} » : l'un de {roles}</translation>
        </message>
        <message>
            <location filename="../../models/operators/manage.py" line="107" />
            <source>'{name}' is not a usable operator name: letters, digits and . _ @ -, up to 64 characters</source>
            <translation>« {name} » n'est pas un nom d'opérateur utilisable : lettres, chiffres et . _ @ -, 64 caractères au plus</translation>
        </message>
        <message>
            <location filename="../../models/operators/manage.py" line="116" />
            <source>an operator named '{name}' already exists</source>
            <translation>un opérateur nommé « {name} » existe déjà</translation>
        </message>
        <message>
            <location filename="../../models/operators/manage.py" line="155" />
            <source>{name} already has the {role} role</source>
            <translation>{name} a déjà le rôle {role}</translation>
        </message>
        <message>
            <location filename="../../models/operators/manage.py" line="172" />
            <source>{name} is already disabled</source>
            <translation>{name} est déjà désactivé(e)</translation>
        </message>
        <message>
            <location filename="../../models/operators/manage.py" line="174" />
            <source>you cannot disable your own account</source>
            <translation>vous ne pouvez pas désactiver votre propre compte</translation>
        </message>
        <message>
            <location filename="../../models/operators/manage.py" line="186" />
            <source>the account {name} is disabled</source>
            <translation>le compte {name} est désactivé</translation>
        </message>
        <message>
            <location filename="../../models/operators/manage.py" line="196" />
            <source>the OS user name '{name}' cannot be an operator name</source>
            <translation>le nom d'utilisateur système « {name} » ne peut pas être un nom d'opérateur</translation>
        </message>
        <message>
            <location filename="../../models/operators/passwords.py" line="36" />
            <source>a password needs at least {n} characters</source>
            <translation>un mot de passe doit compter au moins {n} caractères</translation>
        </message>
        <message>
            <location filename="../../models/operators/passwords.py" line="40" />
            <source>a password cannot begin or end with a space</source>
            <translation>un mot de passe ne peut ni commencer ni finir par une espace</translation>
        </message>
    </context>
    <context>
        <name>ReplaySession</name>
        <message>
            <location filename="../../console/session/replay.py" line="146" />
            <source>REPLAY OF A DRILL — read-only — {where} — {verdict}</source>
            <translation>REJEU D'UN EXERCICE — lecture seule — {where} — {verdict}</translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="148" />
            <source>REPLAY — read-only — {where} — {verdict}</source>
            <translation>REJEU — lecture seule — {where} — {verdict}</translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="153" />
            <source>Replay: the store holds no events</source>
            <translation>Rejeu : la base ne contient aucun événement</translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="173" />
            <source>drill</source>
            <translation>exercice</translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="176" />
            <source>Replay — DRILL — {title} — {site}</source>
            <translation>Rejeu — EXERCICE — {title} — {site}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/session/replay.py" line="189" />
            <source>hash chain intact over %n event(s)</source>
            <translation>
                <numerusform>chaîne d'empreintes intacte sur %n événement</numerusform>
                <numerusform>chaîne d'empreintes intacte sur %n événements</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="191" />
            <source>HASH CHAIN BROKEN at event {seq}: {reason}</source>
            <translation>CHAÎNE D'EMPREINTES ROMPUE à l'événement {seq} : {reason}</translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="232" />
            <source>Wallboard — REPLAY — {site}</source>
            <translation>Tableau mural — REJEU — {site}</translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="234" />
            <source>Wallboard — REPLAY OF A DRILL — {site}</source>
            <translation>Tableau mural — REJEU D'UN EXERCICE — {site}</translation>
        </message>
        <message>
            <location filename="../../console/session/replay.py" line="383" />
            <source>Replay at {time} · event {seq}</source>
            <translation>Rejeu à {time} · événement {seq}</translation>
        </message>
    </context>
    <context>
        <name>SensorLayer</name>
        <message>
            <location filename="../../widgets/map/sensors.py" line="228" />
            <source>{name} (down)</source>
            <translation>{name} (HS)</translation>
        </message>
        <message>
            <location filename="../../widgets/map/sensors.py" line="229" />
            <source>{name} (degraded)</source>
            <translation>{name} (dégradé)</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <location filename="../../widgets/command_help.py" line="78" />
            <source>bring the unit board forward and focus it</source>
            <extracomment>(window attribute of the dock, key, name): Ctrl+n brings the dock forward and focuses it.</extracomment>
            <translation>afficher le tableau des engins au premier plan et y placer le curseur</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="79" />
            <source>bring the event log forward and focus it</source>
            <translation>afficher le journal des événements au premier plan et y placer le curseur</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="80" />
            <source>bring the link status forward and focus it</source>
            <translation>afficher l'état des liaisons au premier plan et y placer le curseur</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="81" />
            <source>bring the incident list forward and focus it</source>
            <translation>afficher la liste des interventions au premier plan et y placer le curseur</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="84" />
            <source>bring the incident card forward and focus it</source>
            <translation>afficher la fiche d'intervention au premier plan et y placer le curseur</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="87" />
            <source>bring the recommendation forward and focus it</source>
            <translation>afficher la proposition d'engins au premier plan et y placer le curseur</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="90" />
            <source>bring the call list forward and focus it</source>
            <translation>afficher la liste des appels au premier plan et y placer le curseur</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="91" />
            <source>bring the call card forward and focus it</source>
            <translation>afficher la fiche d'appel au premier plan et y placer le curseur</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="92" />
            <source>bring the alert list forward and focus it</source>
            <translation>afficher la liste des alertes au premier plan et y placer le curseur</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="96" />
            <source>command line</source>
            <translation>ligne de commande</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="99" />
            <source>back to the command line from any dock</source>
            <translation>retour à la ligne de commande depuis n'importe quel panneau</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="104" />
            <source>in the command line: the commands; elsewhere: the shortcut list</source>
            <translation>dans la ligne de commande : les commandes ; ailleurs : la liste des raccourcis</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="110" />
            <source>in the command line: complete the word</source>
            <translation>dans la ligne de commande : compléter le mot</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="115" />
            <source>in the command line: earlier lines, or the place list</source>
            <translation>dans la ligne de commande : lignes précédentes, ou la liste des lieux</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="121" />
            <source>on a unit (board, tiles or map): the status changes it allows</source>
            <translation>sur un engin (tableau, tuiles ou carte) : les changements de statut permis</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="128" />
            <source>find a place (address, corner, landmark) and centre the map on it</source>
            <translation>trouver un lieu (adresse, carrefour, point de repère) et y centrer la carte</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="132" />
            <source>fit the map to the site</source>
            <translation>ajuster la carte au site</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="133" />
            <source>day / night theme</source>
            <translation>thème jour / nuit</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="135" />
            <source>mute or unmute this position's sounds</source>
            <translation>couper ou rétablir les sons de ce poste</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="139" />
            <source>the map in its own window (second screen) and back</source>
            <translation>la carte dans sa propre fenêtre (second écran) et retour</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="143" />
            <source>the supervisor's wallboard (full screen: F11)</source>
            <translation>le tableau mural du superviseur (plein écran : F11)</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="147" />
            <source>change operator (another dispatcher signs in here)</source>
            <translation>changer d'opérateur (un autre opérateur se connecte ici)</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="149" />
            <source>lock this position</source>
            <translation>verrouiller ce poste</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="150" />
            <source>open a replay</source>
            <translation>ouvrir une relecture</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="153" />
            <source>quit (links are closed and the store is flushed)</source>
            <translation>quitter (les liaisons sont fermées et la base enregistrée)</translation>
        </message>
        <message>
            <location filename="../../widgets/command_help.py" line="160" />
            <source>Command line: {usage}</source>
            <translation>Ligne de commande : {usage}</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="56" />
            <source>Sign in — {site}</source>
            <translation>Connexion — {site}</translation>
        </message>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="61" />
            <source>Position {position}: sign in with your operator name and password.</source>
            <translation>Poste {position} : connectez-vous avec votre nom d'opérateur et votre mot de passe.</translation>
        </message>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="74" />
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="75" />
            <source>&amp;Password</source>
            <translation>&amp;Mot de passe</translation>
        </message>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="86" />
            <location filename="../../widgets/signin_dialog.py" line="119" />
            <source>&amp;Sign in</source>
            <translation>Se &amp;connecter</translation>
        </message>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="101" />
            <source>Why (stored with the session)</source>
            <translation>Motif (enregistré avec la session)</translation>
        </message>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="103" />
            <source>EMERGENCY SESSION (break glass)</source>
            <translation>SESSION D'URGENCE (bris de glace)</translation>
        </message>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="119" />
            <source>Checking…</source>
            <translation>Vérification…</translation>
        </message>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="131" />
            <source>The database cannot be reached, so nobody can sign in. This site allows an emergency session of {minutes} minutes with the dispatcher role: it is logged (stored when the database returns) and marked on screen throughout.</source>
            <translation>La base de données est injoignable : personne ne peut se connecter. Ce site autorise une session d'urgence de {minutes} minutes avec le rôle d'opérateur : elle est journalisée (enregistrée au retour de la base) et signalée à l'écran tout du long.</translation>
        </message>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="147" />
            <source>Type your operator name.</source>
            <translation>Tapez votre nom d'opérateur.</translation>
        </message>
        <message>
            <location filename="../../widgets/signin_dialog.py" line="158" />
            <source>An emergency session needs your name and the reason.</source>
            <translation>Une session d'urgence demande votre nom et le motif.</translation>
        </message>
    </context>
    <context>
        <name>Sound</name>
        <message>
            <location filename="../../widgets/sound/player.py" line="194" />
            <source>Qt Multimedia is not available ({err})</source>
            <translation>Qt Multimedia n'est pas disponible ({err})</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/player.py" line="205" />
            <source>no audio output device</source>
            <translation>aucune sortie audio</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/player.py" line="213" />
            <source>the audio output {device} cannot play 16-bit mono at {rate} Hz</source>
            <translation>la sortie audio {device} ne peut pas lire du 16 bits mono à {rate} Hz</translation>
        </message>
    </context>
    <context>
        <name>SoundSettingsDialog</name>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="147" />
            <source>Sound</source>
            <translation>Son</translation>
        </message>
    </context>
    <context>
        <name>SoundSettingsWidget</name>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="55" />
            <source>New call ringing</source>
            <translation>Nouvel appel qui sonne</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="56" />
            <source>High-priority incident</source>
            <translation>Intervention de haute priorité</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="57" />
            <source>Alarm from a zone or a radar</source>
            <translation>Alarme d'une zone ou d'un radar</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="58" />
            <source>Unit overdue</source>
            <translation>Engin en retard</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="60" />
            <source>&amp;Mute all sounds at this position</source>
            <translation>&amp;Couper tous les sons à ce poste</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="69" />
            <source>&amp;Volume</source>
            <translation>&amp;Volume</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="80" />
            <source>Cue</source>
            <translation>Signal</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="81" />
            <source>Real</source>
            <translation>Réel</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="82" />
            <source>Drill (exercise)</source>
            <translation>Exercice</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="87" />
            <source>Play</source>
            <translation>Lecture</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="90" />
            <source>Play {cue}</source>
            <translation>Jouer {cue}</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="92" />
            <source>Play {cue}, drill version</source>
            <translation>Jouer {cue}, version exercice</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="119" />
            <source>{n} %</source>
            <translation>{n} %</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="130" />
            <source>Output: {device}</source>
            <translation>Sortie : {device}</translation>
        </message>
        <message>
            <location filename="../../widgets/sound/settings_widget.py" line="136" />
            <source>No sound at this position: {reason}. Cues are shown, not heard.</source>
            <translation>Pas de son à ce poste : {reason}. Les signaux sont affichés, pas entendus.</translation>
        </message>
    </context>
    <context>
        <name>StatsReport</name>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="70" />
            <source>Call answering</source>
            <translation>Décroché</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="71" />
            <source>Call answering (95 % line)</source>
            <translation>Décroché (seuil 95 %)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="72" />
            <source>Call processing</source>
            <translation>Traitement de l'appel</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="73" />
            <source>Call processing, high priority</source>
            <translation>Traitement de l'appel, priorité haute</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="74" />
            <source>Alarm handling</source>
            <translation>Traitement de l'alerte</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="75" />
            <source>Turnout</source>
            <translation>Départ</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="76" />
            <source>Travel</source>
            <translation>Trajet</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="77" />
            <source>Total response</source>
            <translation>Délai total d'intervention</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="78" />
            <source>Alert handling</source>
            <translation>Traitement des alertes</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="79" />
            <source>Answering</source>
            <translation>Décroché</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="80" />
            <source>Processing (high)</source>
            <translation>Traitement (urgent)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="82" />
            <source>call.offered (ring start)</source>
            <translation>début de sonnerie (call.offered)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="83" />
            <source>call.answered</source>
            <translation>décroché (call.answered)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="84" />
            <source>first dispatch of the call's incident</source>
            <translation>premier engagement sur l'intervention de l'appel</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="85" />
            <source>receipt (first call / alert)</source>
            <translation>réception (premier appel / alerte)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="86" />
            <source>first dispatch</source>
            <translation>premier engagement</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="87" />
            <source>unit dispatched</source>
            <translation>engin engagé</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="88" />
            <source>unit en route</source>
            <translation>engin en route</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="89" />
            <source>unit on scene</source>
            <translation>engin sur les lieux</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="90" />
            <source>first unit on scene</source>
            <translation>premier engin sur les lieux</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="91" />
            <source>alert.raised</source>
            <translation>alerte reçue (alert.raised)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="92" />
            <source>first acknowledged / promoted / linked / dismissed</source>
            <translation>premier acquit / transformation / rattachement / classement</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="95" />
            <source>site</source>
            <translation>selon le site</translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="103" />
            <source>%n without a ring start</source>
            <translation>
                <numerusform>%n sans début de sonnerie</numerusform>
                <numerusform>%n sans début de sonnerie</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="104" />
            <source>%n abandoned</source>
            <translation>
                <numerusform>%n raccroché</numerusform>
                <numerusform>%n raccrochés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="105" />
            <source>%n duplicate(s)</source>
            <translation>
                <numerusform>%n doublon</numerusform>
                <numerusform>%n doublons</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="106" />
            <source>%n without an incident</source>
            <translation>
                <numerusform>%n sans intervention</numerusform>
                <numerusform>%n sans intervention</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="107" />
            <source>%n stood down</source>
            <translation>
                <numerusform>%n désengagé</numerusform>
                <numerusform>%n désengagés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="108" />
            <source>%n without en route</source>
            <translation>
                <numerusform>%n sans départ</numerusform>
                <numerusform>%n sans départ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="109" />
            <source>%n without a dispatch in the log</source>
            <translation>
                <numerusform>%n sans engagement dans le journal</numerusform>
                <numerusform>%n sans engagement dans le journal</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="393" />
            <source>Interval</source>
            <translation>Intervalle</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="393" />
            <source>Count</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="393" />
            <source>Median s</source>
            <translation>Médiane s</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="393" />
            <source>Pct s</source>
            <translation>Centile s</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="393" />
            <source>Target s</source>
            <translation>Cible s</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="394" />
            <source>Within</source>
            <translation>Dans la cible</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="394" />
            <source>Passed</source>
            <translation>Atteint</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="409" />
            <source>Call answering times (s), ring-start calls</source>
            <translation>Délais de décroché (s), appels avec début de sonnerie</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="411" />
            <source>Total response times (m:ss)</source>
            <translation>Délais totaux d'intervention (m:ss)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="414" />
            <source>90th percentile per day: call answering and processing (s)</source>
            <translation>90e centile par jour : décroché et traitement de l'appel (s)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="416" />
            <source>90th percentile per day: turnout, travel, total response</source>
            <translation>90e centile par jour : départ, trajet, délai total d'intervention</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="418" />
            <source>Incident type</source>
            <translation>Type d'intervention</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="418" />
            <source>Priority</source>
            <translation>Priorité</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="419" />
            <source>Discipline</source>
            <translation>Service</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="419" />
            <source>Station</source>
            <translation>Centre</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="420" />
            <source>Hour of day (local)</source>
            <translation>Heure de la journée (locale)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="438" />
            <source>Outliers: the slowest over target</source>
            <translation>Valeurs extrêmes : les plus lents au-delà de la cible</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="457" />
            <source>Definitions</source>
            <translation>Définitions</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="461" />
            <source>ALI and AML calls give no ring start: they are counted, not timed. A call never answered counts as over every target.</source>
            <translation>Les appels ALI et AML ne donnent pas de début de sonnerie : ils sont comptés, pas chronométrés. Un appel jamais décroché dépasse toutes les cibles.</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="380" />
            <source>Response statistics {period}</source>
            <translation>Statistiques d'intervention {period}</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="425" />
            <source>Each cell: count / 90th percentile (s or m:ss) / share within target</source>
            <translation>Chaque case : nombre / 90e centile (s ou m:ss) / part dans la cible</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="446" />
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="446" />
            <source>Started</source>
            <translation>Démarré</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="446" />
            <source>Incident</source>
            <translation>Intervention</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="446" />
            <source>Call</source>
            <translation>Appel</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="447" />
            <source>Unit</source>
            <translation>Engin</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="449" />
            <source>Supervisors only: per call-taker (for training)</source>
            <translation>Réservé aux chefs de salle : par opérateur (pour la formation)</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="177" />
            <source>EXERCISE — drill figures, not live operation</source>
            <translation>EXERCICE — chiffres d'exercice, pas d'activité réelle</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="184" />
            <source>page {n}</source>
            <translation>page {n}</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="384" />
            <source>{calls}, {incidents}, {units}, {alerts}. Store {store}. High priority: priority 1 to {high}. Percentile {pct:g}.</source>
            <translation>{calls}, {incidents}, {units}, {alerts}. Base {store}. Priorité haute : priorité 1 à {high}. Centile {pct:g}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="386" />
            <source>%n call(s)</source>
            <translation>
                <numerusform>%n appel</numerusform>
                <numerusform>%n appels</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="387" />
            <source>%n incident(s)</source>
            <translation>
                <numerusform>%n intervention</numerusform>
                <numerusform>%n interventions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="388" />
            <source>%n unit response(s)</source>
            <translation>
                <numerusform>%n engagement d'engin</numerusform>
                <numerusform>%n engagements d'engins</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../console/reports/stats_pdf.py" line="389" />
            <source>%n alert(s)</source>
            <translation>
                <numerusform>%n alerte</numerusform>
                <numerusform>%n alertes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="398" />
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="398" />
            <source>NO</source>
            <translation>NON</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="407" />
            <source>Not timed, never guessed: {what}.</source>
            <translation>Non chronométré, jamais estimé : {what}.</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="440" />
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="455" />
            <source>Call-taker</source>
            <translation>Opérateur</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="455" />
            <source>Answering n / p90 / %</source>
            <translation>Décroché n / p90 / %</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="456" />
            <source>Processing (high) n / p90 / %</source>
            <translation>Traitement (urgent) n / p90 / %</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="186" />
            <source>EXERCISE</source>
            <translation>EXERCICE</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="282" />
            <source>target {s} s</source>
            <translation>cible {s} s</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="407" />
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <location filename="../../console/reports/stats_pdf.py" line="424" />
            <source>By {what}</source>
            <translation>Par {what}</translation>
        </message>
    </context>
    <context>
        <name>Themes</name>
        <message>
            <location filename="../../widgets/themes.py" line="169" />
            <source>Day theme</source>
            <translation>Thème jour</translation>
        </message>
        <message>
            <location filename="../../widgets/themes.py" line="170" />
            <source>Night theme</source>
            <translation>Thème nuit</translation>
        </message>
    </context>
    <context>
        <name>TimelineDock</name>
        <message>
            <location filename="../../widgets/timeline.py" line="182" />
            <source>Replay timeline</source>
            <translation>Chronologie du rejeu</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="221" />
            <location filename="../../widgets/timeline.py" line="397" />
            <source>Play</source>
            <translation>Lecture</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="221" />
            <source>Play or pause (Space)</source>
            <translation>Lecture ou pause (Espace)</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="229" />
            <source>{n}x</source>
            <translation>{n}×</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="230" />
            <source>Replay speed</source>
            <translation>Vitesse du rejeu</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="231" />
            <source>Previous</source>
            <translation>Précédent</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="231" />
            <source>Previous event</source>
            <translation>Événement précédent</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="233" />
            <source>Next</source>
            <translation>Suivant</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="233" />
            <source>Next event</source>
            <translation>Événement suivant</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="240" />
            <source>Jump to this time (Enter)</source>
            <translation>Aller à cette heure (Entrée)</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="242" />
            <source>Go</source>
            <translation>Aller</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="242" />
            <source>Jump to the time (Enter)</source>
            <translation>Aller à l'heure (Entrée)</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="245" />
            <source>Filter: incident …, unit …, link … or text</source>
            <translation>Filtre : intervention …, engin …, liaison … ou texte</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="272" />
            <source>events</source>
            <translation>événements</translation>
        </message>
        <message>
            <location filename="../../widgets/timeline.py" line="394" />
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message numerus="yes">
            <location filename="../../widgets/timeline.py" line="508" />
            <source>{time} · %n event(s)</source>
            <translation>
                <numerusform>{time} · %n événement</numerusform>
                <numerusform>{time} · %n événements</numerusform>
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
            <translation>Formateur — EXERCICE</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="110" />
            <source>No scenario</source>
            <translation>Pas de scénario</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="133" />
            <source>Start</source>
            <translation>Démarrer</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="134" />
            <location filename="../../widgets/trainer_panel.py" line="271" />
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="135" />
            <source>End drill</source>
            <translation>Terminer l'exercice</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="141" />
            <source>Speed</source>
            <translation>Vitesse</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="148" />
            <source>Injections to come</source>
            <translation>Injections à venir</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="151" />
            <source>Inject now</source>
            <translation>Injecter maintenant</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="182" />
            <source>Ready</source>
            <translation>Prêt</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="183" />
            <source>Running</source>
            <translation>En cours</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="184" />
            <source>PAUSED</source>
            <translation>EN PAUSE</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="185" />
            <source>Ended</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="188" />
            <source>Ended: {reason}</source>
            <translation>Terminé : {reason}</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="192" />
            <source>Last: {what}</source>
            <translation>Dernier : {what}</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="207" />
            <source>Report: {path}</source>
            <translation>Rapport : {path}</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="214" />
            <source>PASSED</source>
            <translation>ATTEINT</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="214" />
            <source>NOT PASSED</source>
            <translation>NON ATTEINT</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="216" />
            <source>Score {score} / 100 — {verdict}</source>
            <translation>Note {score} / 100 — {verdict}</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="224" />
            <source>{part}: {share}</source>
            <translation>{part} : {share}</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="271" />
            <source>Resume</source>
            <translation>Reprendre</translation>
        </message>
        <message>
            <location filename="../../widgets/trainer_panel.py" line="291" />
            <source>Select an injection to send it now.</source>
            <translation>Sélectionnez une injection pour l'envoyer maintenant.</translation>
        </message>
    </context>
    <context>
        <name>UnitBoardDock</name>
        <message>
            <location filename="../../widgets/unit_board.py" line="135" />
            <source>Units</source>
            <translation>Engins</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="143" />
            <source>Filter units</source>
            <translation>Filtrer les engins</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="149" />
            <source>No grouping</source>
            <translation>Sans regroupement</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="150" />
            <source>Group by station</source>
            <translation>Grouper par centre</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="151" />
            <source>Group by discipline</source>
            <translation>Grouper par service</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="152" />
            <source>Group by status</source>
            <translation>Grouper par statut</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="210" />
            <source>Show the units as a table, status tiles or both</source>
            <translation>Afficher les engins en tableau, en tuiles de statut ou les deux</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="214" />
            <source>Table</source>
            <translation>Tableau</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="215" />
            <source>Tiles</source>
            <translation>Tuiles</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="216" />
            <source>Both</source>
            <translation>Les deux</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="220" />
            <source>&amp;Table</source>
            <translation>&amp;Tableau</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="221" />
            <source>T&amp;iles</source>
            <translation>T&amp;uiles</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board.py" line="222" />
            <source>&amp;Both: table above tiles</source>
            <translation>Les &amp;deux : tableau au-dessus des tuiles</translation>
        </message>
    </context>
    <context>
        <name>UnitBoardModel</name>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="234" />
            <source>Call sign</source>
            <translation>Indicatif</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="235" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="236" />
            <source>Discipline</source>
            <translation>Service</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="237" />
            <source>Station</source>
            <translation>Centre</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="238" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="239" />
            <source>In status</source>
            <translation>Dans ce statut</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="240" />
            <source>Incident</source>
            <translation>Intervention</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="241" />
            <source>Last fix</source>
            <translation>Dernière position</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="242" />
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="292" />
            <source>No position received yet</source>
            <translation>Aucune position reçue pour l'instant</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="294" />
            <source>Stale position: last fix {age} ago</source>
            <translation>Position ancienne : dernière il y a {age}</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="298" />
            <source>Overdue: {reason}</source>
            <translation>En retard : {reason}</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="324" />
            <source>no fix</source>
            <translation>sans position</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_board_model.py" line="330" />
            <source>at station (no fix)</source>
            <translation>au centre (sans position)</translation>
        </message>
    </context>
    <context>
        <name>UnitTilesWidget</name>
        <message>
            <location filename="../../widgets/unit_tiles.py" line="236" />
            <source>No station</source>
            <translation>Pas de centre</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_tiles.py" line="518" />
            <source>{status} for {elapsed}</source>
            <translation>{status} depuis {elapsed}</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_tiles.py" line="524" />
            <source>Incident {id}</source>
            <translation>Intervention {id}</translation>
        </message>
        <message>
            <location filename="../../widgets/unit_tiles.py" line="526" />
            <source>Overdue: {reason}</source>
            <translation>En retard : {reason}</translation>
        </message>
    </context>
    <context>
        <name>UnitType</name>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>patrol car</source>
            <extracomment>Patrol car</extracomment>
            <translation>véhicule de patrouille</translation>
        </message>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>dog unit</source>
            <extracomment>Police dog unit</extracomment>
            <translation>brigade cynophile</translation>
        </message>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>engine</source>
            <extracomment>Fire engine</extracomment>
            <translation>FPT</translation>
        </message>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>ladder</source>
            <extracomment>Aerial ladder</extracomment>
            <translation>EPA</translation>
        </message>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>rescue</source>
            <extracomment>Heavy rescue</extracomment>
            <translation>VSR</translation>
        </message>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>tanker</source>
            <extracomment>Water tanker</extracomment>
            <translation>CCGC</translation>
        </message>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>hazmat</source>
            <extracomment>Hazardous materials unit</extracomment>
            <translation>VRCH</translation>
        </message>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>boat</source>
            <extracomment>Rescue boat</extracomment>
            <translation>embarcation</translation>
        </message>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>ALS ambulance</source>
            <extracomment>Advanced life support ambulance</extracomment>
            <translation>SMUR</translation>
        </message>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>BLS ambulance</source>
            <extracomment>Basic life support ambulance</extracomment>
            <translation>VSAV</translation>
        </message>
        <message>
            <location filename="../catalogue/unit_types.toml" line="0" />
            <source>field supervisor</source>
            <extracomment>Medical field supervisor</extracomment>
            <translation>médecin chef de secteur</translation>
        </message>
    </context>
    <context>
        <name>WallboardWidget</name>
        <message>
            <location filename="../../widgets/wallboard.py" line="104" />
            <source>Wallboard</source>
            <translation>Tableau mural</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="121" />
            <source>Calls waiting</source>
            <translation>Appels en attente</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="122" />
            <source>Longest ring</source>
            <translation>Plus longue sonnerie</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="123" />
            <source>Answered within 15 s, last hour</source>
            <translation>Décrochés en 15 s, dernière heure</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="124" />
            <source>Answered within 20 s, last hour</source>
            <translation>Décrochés en 20 s, dernière heure</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="125" />
            <source>Incidents open</source>
            <translation>Interventions ouvertes</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="126" />
            <source>Alerts open</source>
            <translation>Alertes ouvertes</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="127" />
            <source>Links down</source>
            <translation>Liaisons HS</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="128" />
            <source>Sensors down</source>
            <translation>Capteurs HS</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="134" />
            <source>Units by discipline</source>
            <translation>Engins par service</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="134" />
            <source>Units by station</source>
            <translation>Engins par centre</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="164" />
            <source>Calls per 15 minutes today</source>
            <translation>Appels par tranche de 15 minutes aujourd'hui</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="165" />
            <source>hour</source>
            <translation>heure</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="173" />
            <source>today</source>
            <translation>aujourd'hui</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="174" />
            <source>same weekday, average</source>
            <translation>même jour de la semaine, moyenne</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="175" />
            <source>Answer times today (s)</source>
            <translation>Délais de décroché aujourd'hui (s)</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="181" />
            <source>Last hour vs standard</source>
            <translation>Dernière heure / norme</translation>
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
            <translation>Décrochés : {n} ; norme {pct:.0f} %</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="314" />
            <source>; {n} without ring start (not timed)</source>
            <translation> ; sans début de sonnerie (non chronométrés) : {n}</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="320" />
            <source>P{p}: {n}</source>
            <translation>P{p} : {n}</translation>
        </message>
        <message>
            <location filename="../../widgets/wallboard.py" line="325" />
            <source>{n} not acknowledged</source>
            <translation>Non acquittées : {n}</translation>
        </message>
    </context>
    <context>
        <name>_AreaWords</name>
        <message numerus="yes">
            <location filename="../../widgets/alert_panel.py" line="96" />
            <source>%n polygon(s)</source>
            <translation>
                <numerusform>%n polygone</numerusform>
                <numerusform>%n polygones</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>status</name>
        <message>
            <location filename="../../widgets/status_style.py" line="151" />
            <source>available</source>
            <translation>disponible</translation>
        </message>
        <message>
            <location filename="../../widgets/status_style.py" line="152" />
            <source>available on radio</source>
            <translation>disponible radio</translation>
        </message>
        <message>
            <location filename="../../widgets/status_style.py" line="153" />
            <source>dispatched</source>
            <translation>engagé</translation>
        </message>
        <message>
            <location filename="../../widgets/status_style.py" line="154" />
            <source>en route</source>
            <translation>en route</translation>
        </message>
        <message>
            <location filename="../../widgets/status_style.py" line="155" />
            <source>on scene</source>
            <translation>sur les lieux</translation>
        </message>
        <message>
            <location filename="../../widgets/status_style.py" line="156" />
            <source>transporting</source>
            <translation>transport</translation>
        </message>
        <message>
            <location filename="../../widgets/status_style.py" line="157" />
            <source>at hospital</source>
            <translation>à l'hôpital</translation>
        </message>
        <message>
            <location filename="../../widgets/status_style.py" line="158" />
            <source>out of service</source>
            <translation>indisponible</translation>
        </message>
        <message>
            <location filename="../../widgets/status_style.py" line="180" />
            <source>{status} {elapsed}</source>
            <translation>{status} {elapsed}</translation>
        </message>
        <message>
            <location filename="../../widgets/status_style.py" line="208" />
            <source>Set {status}</source>
            <translation>Passer {status}</translation>
        </message>
        <message>
            <location filename="../../widgets/status_style.py" line="217" />
            <source>No status change allowed from {status}</source>
            <translation>Aucun changement de statut permis depuis {status}</translation>
        </message>
    </context>
    <context>
        <name>symbols</name>
        <message>
            <location filename="../../widgets/symbols.py" line="80" />
            <source>Police</source>
            <translation>Police</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="81" />
            <source>Fire</source>
            <translation>Pompiers</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="82" />
            <source>Medical</source>
            <translation>SAMU</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="84" />
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="161" />
            <source>Typed</source>
            <translation>Saisi</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="162" />
            <source>Map click</source>
            <translation>Clic sur la carte</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="214" />
            <source>Hospital</source>
            <extracomment>What the console's map shows of a site's landmarks: the places a crew is sent to or from and the water it needs, not every shop and café the data holds.</extracomment>
            <translation>Hôpital</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="215" />
            <source>Clinic</source>
            <translation>Centre de santé</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="216" />
            <source>Doctors</source>
            <translation>Médecins</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="217" />
            <source>Pharmacy</source>
            <translation>Pharmacie</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="218" />
            <source>Fire station</source>
            <translation>Centre de secours</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="219" />
            <source>Police station</source>
            <translation>Commissariat</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="220" />
            <source>School</source>
            <translation>École</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="221" />
            <source>Kindergarten</source>
            <translation>École maternelle</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="222" />
            <source>University</source>
            <translation>Université</translation>
        </message>
        <message>
            <location filename="../../widgets/symbols.py" line="223" />
            <source>Fire hydrant</source>
            <translation>Poteau incendie</translation>
        </message>
    </context>
</TS>
