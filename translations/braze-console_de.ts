<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionPanel</name>
    <message>
        <source>&amp;Change:</source>
        <translation>Ä&amp;nderung:</translation>
    </message>
</context>
<context>
    <name>AliasEditor</name>
    <message>
        <source>e.g. crm-4711 (case-sensitive)</source>
        <translation>z. B. crm-4711 (Groß-/Kleinschreibung beachten)</translation>
    </message>
    <message>
        <source>e.g. crm_id; one alias per label</source>
        <translation>z. B. crm_id; ein Alias pro Label</translation>
    </message>
    <message>
        <source>Alias name:</source>
        <translation>Alias-Name:</translation>
    </message>
    <message>
        <source>Alias label:</source>
        <translation>Alias-Label:</translation>
    </message>
    <message>
        <source>The profile already has an alias with the label “%1”; Braze keeps one alias per label.</source>
        <translation>Das Profil hat bereits einen Alias mit dem Label „%1“; Braze speichert einen Alias pro Label.</translation>
    </message>
    <message>
        <source>Add alias</source>
        <translation>Alias hinzufügen</translation>
    </message>
</context>
<context>
    <name>AtomicFileWriter</name>
    <message>
        <source>Could not save %1: %2. The previous version of the file was kept.</source>
        <translation>%1 konnte nicht gespeichert werden: %2. Die vorherige Fassung der Datei bleibt erhalten.</translation>
    </message>
    <message>
        <source>the folder %1 could not be created</source>
        <translation>der Ordner %1 konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
</context>
<context>
    <name>AttributeEditor</name>
    <message>
        <source>Clear: remove the attribute from the profile</source>
        <translation>Leeren: Attribut aus dem Profil entfernen</translation>
    </message>
    <message>
        <source>e.g. loyalty_points or first_name</source>
        <translation>z. B. loyalty_points oder first_name</translation>
    </message>
    <message>
        <source>Attribute:</source>
        <translation>Attribut:</translation>
    </message>
    <message>
        <source>New value:</source>
        <translation>Neuer Wert:</translation>
    </message>
    <message>
        <source>“%1” is an identifier; use the Alias or Identify tab to change it.</source>
        <translation>„%1“ ist eine Kennung; ändern Sie sie im Tab „Alias hinzufügen“ oder „Identifizieren“.</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
</context>
<context>
    <name>AttributeTypes</name>
    <message>
        <source>This is not a valid list. Write [&quot;a&quot;, &quot;b&quot;] or a, b.</source>
        <translation>Das ist keine gültige Liste. Schreiben Sie [&quot;a&quot;, &quot;b&quot;] oder a, b.</translation>
    </message>
    <message>
        <source>Braze arrays hold text only: put every item in quotes.</source>
        <translation>Braze-Arrays enthalten nur Text: Setzen Sie jeden Eintrag in Anführungszeichen.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Yes/no</source>
        <translation>Ja/Nein</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>List of texts</source>
        <translation>Liste von Texten</translation>
    </message>
    <message>
        <source>Nested object</source>
        <translation>Verschachteltes Objekt</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>“%1” is not a number. Write digits with a dot for decimals, e.g. 42 or 3.5.</source>
        <translation>„%1“ ist keine Zahl. Schreiben Sie Ziffern mit Punkt als Dezimaltrennzeichen, z. B. 42 oder 3.5.</translation>
    </message>
    <message>
        <source>Write true or false.</source>
        <translation>Schreiben Sie true oder false.</translation>
    </message>
    <message numerus="yes">
        <source>Braze keeps at most 255 characters of a text attribute; this one has %n.</source>
        <translation>
            <numerusform>Braze speichert höchstens 255 Zeichen eines Text-Attributs; dieses hat %n Zeichen.</numerusform>
            <numerusform>Braze speichert höchstens 255 Zeichen eines Text-Attributs; dieses hat %n Zeichen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AudienceDialog</name>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Preview audience</source>
        <translation>Zielgruppe in der Vorschau zeigen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Compare the two selected users</source>
        <translation>Die beiden ausgewählten Nutzer:innen vergleichen</translation>
    </message>
    <message>
        <source>Preview for an audience</source>
        <translation>Vorschau für eine Zielgruppe</translation>
    </message>
    <message>
        <source>The sandbox&apos;s users</source>
        <translation>Die Nutzer:innen der Sandbox</translation>
    </message>
    <message>
        <source>Saved test users</source>
        <translation>Gespeicherte Testnutzer:innen</translation>
    </message>
    <message>
        <source>A users file (JSON lines, one exported user per line)</source>
        <translation>Eine Nutzerdatei (JSON Lines, ein exportiertes Nutzerprofil pro Zeile)</translation>
    </message>
    <message>
        <source>Users by external ID (one per line)</source>
        <translation>Nutzer:innen nach externer ID (eine pro Zeile)</translation>
    </message>
    <message>
        <source>users.jsonl</source>
        <translation>nutzer.jsonl</translation>
    </message>
    <message>
        <source>user_0001
user_0002</source>
        <translation>user_0001
user_0002</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Nutzer:innen</translation>
    </message>
    <message>
        <source>Users:</source>
        <translation>Nutzer:innen:</translation>
    </message>
    <message>
        <source>Users file</source>
        <translation>Nutzerdatei</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl *.ndjson *.json);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.ndjson *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose a users file first.</source>
        <translation>Wählen Sie zuerst eine Nutzerdatei.</translation>
    </message>
    <message>
        <source>Enter at least one external ID, one per line.</source>
        <translation>Geben Sie mindestens eine externe ID ein, eine pro Zeile.</translation>
    </message>
    <message>
        <source>This workspace has no saved test users yet; save some on the Test users page.</source>
        <translation>Dieser Workspace hat noch keine gespeicherten Testnutzer:innen; speichern Sie welche auf der Seite „Testnutzer:innen“.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s users are only available in the Sandbox workspace.</source>
        <translation>Die Nutzer:innen der Sandbox gibt es nur im Sandbox-Workspace.</translation>
    </message>
    <message>
        <source>Listing the sandbox&apos;s users…</source>
        <translation>Die Nutzer:innen der Sandbox werden aufgelistet…</translation>
    </message>
    <message>
        <source>The sandbox has no users to preview; reset it to the demo data.</source>
        <translation>Die Sandbox hat keine Nutzer:innen für die Vorschau; setzen Sie sie auf die Demodaten zurück.</translation>
    </message>
    <message>
        <source>Choose a workspace first.</source>
        <translation>Wählen Sie zuerst einen Workspace.</translation>
    </message>
    <message numerus="yes">
        <source>Fetching %n user(s) from the workspace, 50 at a time…</source>
        <translation>
            <numerusform>%n Nutzer:in wird aus dem Workspace abgerufen, 50 auf einmal…</numerusform>
            <numerusform>%n Nutzer:innen werden aus dem Workspace abgerufen, 50 auf einmal…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) rendered so far…</source>
        <translation>
            <numerusform>Bisher %n Nutzer:in gerendert…</numerusform>
            <numerusform>Bisher %n Nutzer:innen gerendert…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n user(s).</source>
        <translation>
            <numerusform>Nach %n Nutzer:in abgebrochen.</numerusform>
            <numerusform>Nach %n Nutzer:innen abgebrochen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) previewed.</source>
        <translation>
            <numerusform>%n Nutzer:in in der Vorschau.</numerusform>
            <numerusform>%n Nutzer:innen in der Vorschau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Would be sent</source>
        <translation>Würden gesendet</translation>
    </message>
    <message>
        <source>Aborted (abort_message)</source>
        <translation>Abgebrochen (abort_message)</translation>
    </message>
    <message>
        <source>Broken (Braze would refuse or fail the request)</source>
        <translation>Fehlerhaft (Braze würde die Anfrage ablehnen oder sie schlüge fehl)</translation>
    </message>
    <message>
        <source>Lines or users that could not be read</source>
        <translation>Zeilen oder Nutzer:innen, die nicht gelesen werden konnten</translation>
    </message>
    <message>
        <source>Users without a value the template uses</source>
        <translation>Nutzer:innen ohne einen Wert, den die Vorlage verwendet</translation>
    </message>
    <message>
        <source>No value for %1</source>
        <translation>Kein Wert für %1</translation>
    </message>
    <message>
        <source>Liquid outputs</source>
        <translation>Liquid-Ausgaben</translation>
    </message>
    <message>
        <source>Rendered empty</source>
        <translation>Leer gerendert</translation>
    </message>
    <message>
        <source>Fell back to its default</source>
        <translation>Auf den Standardwert zurückgefallen</translation>
    </message>
    <message>
        <source>Most common values</source>
        <translation>Häufigste Werte</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>(other values, not counted one by one)</source>
        <translation>(weitere Werte, nicht einzeln gezählt)</translation>
    </message>
    <message>
        <source>Body size: largest %1 bytes (%2), average %3 bytes</source>
        <translation>Größe des Anfragetexts: höchstens %1 Byte (%2), im Schnitt %3 Byte</translation>
    </message>
    <message>
        <source>No body is over Braze&apos;s 4 MB limit.</source>
        <translation>Kein Anfragetext überschreitet die Grenze von 4 MB bei Braze.</translation>
    </message>
</context>
<context>
    <name>BodyCheck</name>
    <message>
        <source>A GET call sends no body; put the parameters in the query parameters.</source>
        <translation>Ein GET-Aufruf sendet keinen Anfragetext; tragen Sie die Werte bei den Query-Parametern ein.</translation>
    </message>
    <message>
        <source>Braze expects a JSON object here, in { }.</source>
        <translation>Braze erwartet hier ein JSON-Objekt in { }.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
</context>
<context>
    <name>BoundedFileReader</name>
    <message>
        <source>standard input</source>
        <translation>die Standardeingabe</translation>
    </message>
    <message>
        <source>%1 is larger than %2, the most the console reads from one file.</source>
        <translation>%1 ist größer als %2, mehr liest die Konsole aus keiner Datei.</translation>
    </message>
    <message>
        <source>Could not open %1: %2.</source>
        <translation>%1 konnte nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>%1 konnte nicht gelesen werden: %2.</translation>
    </message>
</context>
<context>
    <name>Braze</name>
    <message>
        <source>The server “%1” could not be found.</source>
        <translation>Der Server „%1“ wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Check the REST endpoint for typing mistakes (it looks like https://rest.iad-01.braze.com) and your internet connection.</source>
        <translation>Prüfen Sie den REST-Endpunkt auf Tippfehler (er sieht aus wie https://rest.iad-01.braze.com) und Ihre Internetverbindung.</translation>
    </message>
    <message>
        <source>“%1” refused the connection.</source>
        <translation>„%1“ hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>Nothing answers at this address and port. Check the endpoint; for the sandbox, make sure it is running.</source>
        <translation>Unter dieser Adresse und diesem Port antwortet nichts. Prüfen Sie den Endpunkt; bei der Sandbox: Stellen Sie sicher, dass sie läuft.</translation>
    </message>
    <message>
        <source>The secure connection to “%1” failed.</source>
        <translation>Die sichere Verbindung zu „%1“ ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, and the console never ignores that. Check the address, your computer&apos;s clock, and whether a proxy intercepts HTTPS.</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut, und die Konsole ignoriert das nie. Prüfen Sie die Adresse, die Uhrzeit Ihres Computers und ob ein Proxy HTTPS abfängt.</translation>
    </message>
    <message>
        <source>“%1” did not answer in time.</source>
        <translation>„%1“ hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Check your connection and try again. If Braze is slow, raise the timeout in the settings.</source>
        <translation>Prüfen Sie Ihre Verbindung und versuchen Sie es erneut. Wenn Braze langsam ist, erhöhen Sie das Zeitlimit in den Einstellungen.</translation>
    </message>
    <message>
        <source>The connection closed before the whole answer arrived.</source>
        <translation>Die Verbindung wurde geschlossen, bevor die vollständige Antwort ankam.</translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, a proxy or firewall may be cutting the connection. A write may or may not have reached Braze; check before repeating it.</source>
        <translation>Versuchen Sie es erneut. Wenn das wiederholt passiert, unterbricht möglicherweise ein Proxy oder eine Firewall die Verbindung. Ein Schreibvorgang hat Braze eventuell erreicht; prüfen Sie das, bevor Sie ihn wiederholen.</translation>
    </message>
    <message>
        <source>The proxy server failed.</source>
        <translation>Der Proxyserver ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The console uses your system&apos;s proxy settings. Check them, or ask your IT team whether the proxy allows %1.</source>
        <translation>Die Konsole verwendet die Proxy-Einstellungen Ihres Systems. Prüfen Sie diese oder fragen Sie Ihr IT-Team, ob der Proxy %1 zulässt.</translation>
    </message>
    <message>
        <source>The network failed: %1</source>
        <translation>Netzwerkfehler: %1</translation>
    </message>
    <message>
        <source>Check your internet connection and proxy settings, then try again.</source>
        <translation>Prüfen Sie Ihre Internetverbindung und Proxy-Einstellungen und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Braze refused the API key (401 Unauthorized).</source>
        <translation>Braze hat den API-Schlüssel abgelehnt (401 Unauthorized).</translation>
    </message>
    <message>
        <source>The API key is wrong, revoked or for another instance. Check that the REST endpoint matches your dashboard (dashboard-01 → rest.iad-01.braze.com) and that the key is pasted without quotes or spaces.</source>
        <translation>Der API-Schlüssel ist falsch, widerrufen oder gehört zu einer anderen Instanz. Prüfen Sie, ob der REST-Endpunkt zu Ihrem Dashboard passt (dashboard-01 → rest.iad-01.braze.com) und ob der Schlüssel ohne Anführungszeichen oder Leerzeichen eingefügt wurde.</translation>
    </message>
    <message>
        <source>The key lacks the permission for this call, or your Braze plan does not include it.</source>
        <translation>Dem Schlüssel fehlt die Berechtigung für diesen Aufruf, oder Ihr Braze-Tarif umfasst ihn nicht.</translation>
    </message>
    <message>
        <source>This key lacks the permission %1: add it in Braze under Settings › APIs and Identifiers › API Keys. A key&apos;s permissions cannot be edited, so create a new key with all the permissions you need and replace this one.</source>
        <translation>Diesem Schlüssel fehlt die Berechtigung %1: Fügen Sie sie in Braze unter Einstellungen › APIs und Kennungen › API-Schlüssel hinzu. Die Berechtigungen eines Schlüssels lassen sich nicht bearbeiten; erstellen Sie daher einen neuen Schlüssel mit allen benötigten Berechtigungen und ersetzen Sie diesen.</translation>
    </message>
    <message>
        <source>The API key may not call %1 (403 Access Denied).</source>
        <translation>Der API-Schlüssel darf %1 nicht aufrufen (403 Access Denied).</translation>
    </message>
    <message>
        <source>Braze rejected the request: %1</source>
        <translation>Braze hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>Correct the request as Braze says and send it again; nothing was changed in Braze.</source>
        <translation>Korrigieren Sie die Anfrage wie von Braze angegeben und senden Sie sie erneut; in Braze wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Braze does not know the address %1 (404).</source>
        <translation>Braze kennt die Adresse %1 nicht (404).</translation>
    </message>
    <message>
        <source>Check the REST endpoint: it is only the host (e.g. https://rest.iad-01.braze.com), without a path.</source>
        <translation>Prüfen Sie den REST-Endpunkt: Er besteht nur aus dem Host (z. B. https://rest.iad-01.braze.com), ohne Pfad.</translation>
    </message>
    <message>
        <source>The request is larger than Braze accepts (413).</source>
        <translation>Die Anfrage ist größer, als Braze akzeptiert (413).</translation>
    </message>
    <message>
        <source>Send fewer objects per call; most endpoints accept up to 4 MB.</source>
        <translation>Senden Sie weniger Objekte pro Aufruf; die meisten Endpunkte akzeptieren bis zu 4 MB.</translation>
    </message>
    <message>
        <source>Braze&apos;s rate limit for this call is used up (429).</source>
        <translation>Das Rate-Limit von Braze für diesen Aufruf ist ausgeschöpft (429).</translation>
    </message>
    <message>
        <source>The console waited and retried as far as allowed. Wait until the limit resets (see the request log) or spread the calls over more time.</source>
        <translation>Die Konsole hat so lange gewartet und wiederholt wie erlaubt. Warten Sie, bis das Limit zurückgesetzt wird (siehe Anfrageprotokoll), oder verteilen Sie die Aufrufe über einen längeren Zeitraum.</translation>
    </message>
    <message>
        <source>Braze had a server error (%1).</source>
        <translation>Bei Braze ist ein Serverfehler aufgetreten (%1).</translation>
    </message>
    <message>
        <source>This is on Braze&apos;s side. Try again in a few minutes; Braze does not replay failed calls, so check afterwards whether the data arrived.</source>
        <translation>Das Problem liegt bei Braze. Versuchen Sie es in ein paar Minuten erneut; Braze wiederholt fehlgeschlagene Aufrufe nicht, prüfen Sie daher anschließend, ob die Daten angekommen sind.</translation>
    </message>
    <message>
        <source>The server answered with status %1.</source>
        <translation>Der Server hat mit Status %1 geantwortet.</translation>
    </message>
    <message>
        <source>Check the request and the endpoint; the answer is shown in the request log.</source>
        <translation>Prüfen Sie die Anfrage und den Endpunkt; die Antwort steht im Anfrageprotokoll.</translation>
    </message>
    <message>
        <source>“%1” did not answer within %2 s.</source>
        <translation>„%1“ hat nicht innerhalb von %2 s geantwortet.</translation>
    </message>
    <message>
        <source>The call was cancelled.</source>
        <translation>Der Aufruf wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The answer is larger than %1 MB and was not read.</source>
        <translation>Die Antwort ist größer als %1 MB und wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>Ask for less data, e.g. fewer fields_to_export, fewer users or a shorter period.</source>
        <translation>Fragen Sie weniger Daten ab, z. B. weniger fields_to_export, weniger Nutzer:innen oder einen kürzeren Zeitraum.</translation>
    </message>
    <message>
        <source>The answer is not valid JSON, so it did not come from Braze&apos;s REST API.</source>
        <translation>Die Antwort ist kein gültiges JSON und stammt daher nicht von der REST-API von Braze.</translation>
    </message>
    <message>
        <source>Check that the endpoint is the REST endpoint (rest.….braze.com or .eu), not the dashboard or SDK address.</source>
        <translation>Prüfen Sie, ob der Endpunkt der REST-Endpunkt ist (rest.….braze.com oder .eu) und nicht die Dashboard- oder SDK-Adresse.</translation>
    </message>
    <message>
        <source>“%1” closed the connection before a secure (https) connection was set up.</source>
        <translation>„%1“ hat die Verbindung geschlossen, bevor eine sichere (https-)Verbindung zustande kam.</translation>
    </message>
    <message>
        <source>The server does not seem to speak HTTPS on this port. Check the endpoint: Braze&apos;s start with https://rest.; the console&apos;s sandbox uses http://127.0.0.1 with its port.</source>
        <translation>Der Server spricht auf diesem Port offenbar kein HTTPS. Prüfen Sie den Endpunkt: Die von Braze beginnen mit https://rest.; die Sandbox der Konsole verwendet http://127.0.0.1 mit ihrem Port.</translation>
    </message>
    <message>
        <source>The connection closed after the request was sent, before any answer.</source>
        <translation>Die Verbindung wurde nach dem Senden der Anfrage geschlossen, bevor eine Antwort kam.</translation>
    </message>
    <message>
        <source>The request was not sent again, so it cannot have been applied twice, but Braze may or may not have applied it once. Check the result (for example, look the user up) before you send it again.</source>
        <translation>Die Anfrage wurde nicht erneut gesendet und kann daher nicht doppelt angewendet worden sein; ob Braze sie einmal angewendet hat, ist offen. Prüfen Sie das Ergebnis (schlagen Sie z. B. das Nutzerprofil nach), bevor Sie sie erneut senden.</translation>
    </message>
</context>
<context>
    <name>Braze::BrazeClient</name>
    <message>
        <source>The request was not sent: %1</source>
        <translation>Die Anfrage wurde nicht gesendet: %1</translation>
    </message>
    <message numerus="yes">
        <source>The request was not sent: %n problem(s) to correct.</source>
        <translation>
            <numerusform>Die Anfrage wurde nicht gesendet: %n Problem zu beheben.</numerusform>
            <numerusform>Die Anfrage wurde nicht gesendet: %n Probleme zu beheben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the fields named and try again; nothing was sent to Braze.</source>
        <translation>Korrigieren Sie die genannten Felder und versuchen Sie es erneut; an Braze wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>“%1” is not a method the console sends; use GET, POST, PUT, PATCH or DELETE.</source>
        <translation>„%1“ ist keine Methode, die die Konsole sendet; verwenden Sie GET, POST, PUT, PATCH oder DELETE.</translation>
    </message>
    <message>
        <source>The path must start with “/”, e.g. /users/track; the endpoint is set separately.</source>
        <translation>Der Pfad muss mit „/“ beginnen, z. B. /users/track; der Endpunkt wird separat festgelegt.</translation>
    </message>
    <message>
        <source>The body is not valid JSON: %1 at character %2.</source>
        <translation>Der Anfragetext ist kein gültiges JSON: %1 bei Zeichen %2.</translation>
    </message>
    <message>
        <source>A GET call sends no body; put the parameters in the query string.</source>
        <translation>Ein GET-Aufruf sendet keinen Anfragetext; geben Sie die Parameter im Query-String an.</translation>
    </message>
    <message>
        <source>“%1” is not a web address; it must start with https:// and name a host.</source>
        <translation>„%1“ ist keine Webadresse; sie muss mit https:// beginnen und einen Host nennen.</translation>
    </message>
</context>
<context>
    <name>Braze::ExchangeDiff</name>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>request: </source>
        <translation>Anfrage: </translation>
    </message>
    <message>
        <source>response: </source>
        <translation>Antwort: </translation>
    </message>
</context>
<context>
    <name>Braze::NetworkWorker</name>
    <message>
        <source>The API key contains a line break or another control character, so it was not sent. Copy the key again from Braze.</source>
        <translation>Der API-Schlüssel enthält einen Zeilenumbruch oder ein anderes Steuerzeichen und wurde deshalb nicht gesendet. Kopieren Sie den Schlüssel erneut aus Braze.</translation>
    </message>
    <message>
        <source>The header “%1” contains a line break or another control character, so the request was not sent.</source>
        <translation>Der Header „%1“ enthält einen Zeilenumbruch oder ein anderes Steuerzeichen, deshalb wurde die Anfrage nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>Braze::PermissionProbe</name>
    <message>
        <source>Checked with an empty request that Braze refuses before changing anything.</source>
        <translation>Geprüft mit einer leeren Anfrage, die Braze ablehnt, bevor etwas geändert wird.</translation>
    </message>
    <message>
        <source>Checked with a read-only call.</source>
        <translation>Geprüft mit einem reinen Lesezugriff.</translation>
    </message>
    <message>
        <source>Checked by exporting an external ID that no profile has.</source>
        <translation>Geprüft durch Export einer externen ID, die kein Profil hat.</translation>
    </message>
    <message>
        <source>Not checked: /sends/id/create allows only 100 calls a day, and a check would use one. Create a send ID once to find out.</source>
        <translation>Nicht geprüft: /sends/id/create erlaubt nur 100 Aufrufe pro Tag, und eine Prüfung würde einen verbrauchen. Erstellen Sie einmal eine Send-ID, um es herauszufinden.</translation>
    </message>
    <message>
        <source>Could not tell: %1</source>
        <translation>Nicht feststellbar: %1</translation>
    </message>
    <message>
        <source>unexpected answer %1</source>
        <translation>unerwartete Antwort %1</translation>
    </message>
    <message>
        <source>Checked on a catalog that does not exist.</source>
        <translation>Geprüft an einem Katalog, den es nicht gibt.</translation>
    </message>
    <message>
        <source>Checked by sending to a campaign ID that does not exist.</source>
        <translation>Geprüft durch einen Versand an eine Kampagnen-ID, die es nicht gibt.</translation>
    </message>
    <message>
        <source>Not checked: every harmless-looking call could start an export of the whole global control group. Export it once to find out.</source>
        <translation>Nicht geprüft: Jeder scheinbar harmlose Aufruf könnte einen Export der gesamten globalen Kontrollgruppe starten. Exportieren Sie sie einmal, um es herauszufinden.</translation>
    </message>
</context>
<context>
    <name>Braze::PermissionTableModel</name>
    <message>
        <source>Not checked yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>erteilt</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>(no seed partner)</source>
        <translation>(kein Partner)</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>Benötigt von</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
</context>
<context>
    <name>Braze::RequestLogFile</name>
    <message>
        <source>The request log of earlier runs (%1) could not be read or moved aside; the log starts empty and is not kept in this run.</source>
        <translation>Das Anfrageprotokoll früherer Starts (%1) konnte weder gelesen noch beiseitegelegt werden; das Protokoll beginnt leer und wird in dieser Sitzung nicht gespeichert.</translation>
    </message>
    <message>
        <source>The request log of earlier runs could not be read. It was kept as %1; the log starts empty.</source>
        <translation>Das Anfrageprotokoll früherer Starts konnte nicht gelesen werden. Es wurde als %1 aufbewahrt; das Protokoll beginnt leer.</translation>
    </message>
    <message>
        <source>The request log cannot be kept: %1.</source>
        <translation>Das Anfrageprotokoll kann nicht gespeichert werden: %1.</translation>
    </message>
</context>
<context>
    <name>Braze::RequestLogModel</name>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1 (attempt %2)</source>
        <translation>%1 (Versuch %2)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Rate-Limit</translation>
    </message>
    <message>
        <source>%L1 ms</source>
        <translation>%L1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 left</source>
        <translation>
            <numerusform>%n von %1 übrig</numerusform>
            <numerusform>%n von %1 übrig</numerusform>
        </translation>
    </message>
    <message>
        <source>At start-up the console asks Braze once per permission whether the API key has it. A refusal (400, 401, 403) is the expected answer for a permission the key lacks: nothing was changed in the workspace.</source>
        <translation>Beim Start fragt die Konsole Braze einmal pro Berechtigung, ob der API-Schlüssel sie hat. Eine Ablehnung (400, 401, 403) ist die erwartete Antwort für eine fehlende Berechtigung: Im Workspace wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
</context>
<context>
    <name>Braze::RequestOrigin</name>
    <message>
        <source>%1, step %2: %3</source>
        <translation>%1, Schritt %2: %3</translation>
    </message>
    <message>
        <source>Permission check (harmless)</source>
        <translation>Berechtigungsprüfung (harmlos)</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Workflow: %1</source>
        <translation>Workflow: %1</translation>
    </message>
    <message>
        <source>Test users</source>
        <translation>Testnutzer:innen</translation>
    </message>
    <message>
        <source>Webhook test</source>
        <translation>Webhook-Test</translation>
    </message>
    <message>
        <source>Request composer</source>
        <translation>Anfrage-Editor</translation>
    </message>
    <message>
        <source>Sent again</source>
        <translation>Erneut gesendet</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
</context>
<context>
    <name>Braze::SubscriptionStateText</name>
    <message>
        <source>subscribed</source>
        <translation>abonniert</translation>
    </message>
    <message>
        <source>unsubscribed</source>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>Braze::UserIdentifier</name>
    <message>
        <source>external ID %1</source>
        <translation>externe ID %1</translation>
    </message>
    <message>
        <source>Braze ID %1</source>
        <translation>Braze-ID %1</translation>
    </message>
    <message>
        <source>user alias %1 (label %2)</source>
        <translation>Nutzer-Alias %1 (Bezeichnung %2)</translation>
    </message>
    <message>
        <source>e-mail address %1</source>
        <translation>E-Mail-Adresse %1</translation>
    </message>
    <message>
        <source>phone number %1</source>
        <translation>Telefonnummer %1</translation>
    </message>
</context>
<context>
    <name>BrazeEndpointOption</name>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer (default: 30).</source>
        <translation>Wartezeit in Sekunden für jede Antwort (Standard: 30).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>Set the API key in the environment variable BRAZE_API_KEY (it is never taken from the command line).</source>
        <translation>Legen Sie den API-Schlüssel in der Umgebungsvariablen BRAZE_API_KEY fest (er wird nie von der Kommandozeile übernommen).</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds between 1 and 600.</source>
        <translation>--timeout erwartet eine Anzahl Sekunden zwischen 1 und 600.</translation>
    </message>
    <message>
        <source>Use an endpoint that is not one of Braze&apos;s REST hosts (a proxy, for example).</source>
        <translation>Einen Endpunkt verwenden, der keiner der REST-Hosts von Braze ist (zum Beispiel einen Proxy).</translation>
    </message>
    <message>
        <source>%1 is not one of Braze&apos;s REST endpoints. Add --allow-custom-host to use it anyway.</source>
        <translation>%1 ist keiner der REST-Endpunkte von Braze. Fügen Sie --allow-custom-host hinzu, um ihn trotzdem zu verwenden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was sent.</source>
        <translation>%1: %2 Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The built-in sandbox could not start: %1</source>
        <translation>Die integrierte Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Workspace “%1”</source>
        <translation>Workspace „%1“</translation>
    </message>
    <message>
        <source>The keychain holds no API key for the workspace “%1”: enter it on the Workspaces page, or set it in the environment variable BRAZE_API_KEY.</source>
        <translation>Der Schlüsselbund enthält keinen API-Schlüssel für den Workspace „%1“: Geben Sie ihn auf der Seite „Workspaces“ ein oder setzen Sie ihn in der Umgebungsvariablen BRAZE_API_KEY.</translation>
    </message>
    <message>
        <source>REST endpoint, e.g. https://rest.iad-01.braze.com or the sandbox&apos;s URL (default: the workspace&apos;s).</source>
        <translation>REST-Endpunkt, z. B. https://rest.iad-01.braze.com oder die URL der Sandbox (Standard: der des Workspace).</translation>
    </message>
    <message>
        <source>A saved workspace, by name or id (default: the active one, the built-in sandbox when none is set up).</source>
        <translation>Ein gespeicherter Workspace, nach Name oder ID (Standard: der aktive; die integrierte Sandbox, wenn keiner eingerichtet ist).</translation>
    </message>
    <message>
        <source>WORKSPACE</source>
        <translation>WORKSPACE</translation>
    </message>
</context>
<context>
    <name>CallCommand</name>
    <message>
        <source>Send one raw API call through the console&apos;s network layer</source>
        <translation>Einen einzelnen API-Rohaufruf über die Netzwerkschicht der Konsole senden</translation>
    </message>
    <message>
        <source>Sends METHOD PATH (e.g. POST /users/track) to the endpoint with the key in BRAZE_API_KEY, validated and paced like the console&apos;s own calls. Prints the status, the rate-limit headers and the answer.</source>
        <translation>Sendet METHOD PATH (z. B. POST /users/track) mit dem Schlüssel aus BRAZE_API_KEY an den Endpunkt, geprüft und gedrosselt wie die Aufrufe der Konsole selbst. Gibt den Status, die Rate-Limit-Header und die Antwort aus.</translation>
    </message>
    <message>
        <source>JSON body from FILE, or - for standard input.</source>
        <translation>JSON-Anfragetext aus DATEI oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>GET, POST, PUT, PATCH or DELETE</source>
        <translation>GET, POST, PUT, PATCH oder DELETE</translation>
    </message>
    <message>
        <source>Path with optional query, e.g. /segments/list?page=0</source>
        <translation>Pfad mit optionaler Query, z. B. /segments/list?page=0</translation>
    </message>
    <message>
        <source>waiting for the rate limit: %1 s</source>
        <translation>Warten auf das Rate-Limit: %1 s</translation>
    </message>
    <message>
        <source>retrying (attempt %1) in %2 ms</source>
        <translation>Neuer Versuch (Versuch %1) in %2 ms</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>The path must start with “/”, e.g. /segments/list.</source>
        <translation>Der Pfad muss mit „/“ beginnen, z. B. /segments/list.</translation>
    </message>
    <message>
        <source>The path “%1” contains “.” or “..” segments; give the API path itself, e.g. /segments/list.</source>
        <translation>Der Pfad „%1“ enthält „.“- oder „..“-Segmente; geben Sie den API-Pfad selbst an, z. B. /segments/list.</translation>
    </message>
    <message>
        <source>/_sandbox paths belong to the console&apos;s sandbox; %1 is not a sandbox.</source>
        <translation>/_sandbox-Pfade gehören zur Sandbox der Konsole; %1 ist keine Sandbox.</translation>
    </message>
    <message>
        <source>%1 %2 is not a documented endpoint; braze-cli endpoints lists them.</source>
        <translation>%1 %2 ist kein dokumentierter Endpunkt; braze-cli endpoints listet sie auf.</translation>
    </message>
    <message>
        <source>Braze documents no example for %1 %2.</source>
        <translation>Braze dokumentiert kein Beispiel für %1 %2.</translation>
    </message>
    <message>
        <source>Print Braze&apos;s documented example for METHOD PATH and send nothing: the JSON body, or for a GET the path with its example query. Edit it and send it with --json (braze-cli endpoints marks the endpoints that have one).</source>
        <translation>Braze&apos; dokumentiertes Beispiel für METHODE PFAD ausgeben, ohne etwas zu senden: den JSON-Anfragetext oder bei GET den Pfad mit Beispiel-Query. Bearbeiten Sie es und senden Sie es mit --json (braze-cli endpoints markiert die Endpunkte, die eines haben).</translation>
    </message>
    <message>
        <source>Give a method and a path, e.g. braze-cli call GET /segments/list</source>
        <translation>Geben Sie eine Methode und einen Pfad an, z. B. braze-cli call GET /segments/list</translation>
    </message>
</context>
<context>
    <name>CliWorkspaces</name>
    <message>
        <source>There is no workspace “%1”; braze-cli workspace list shows them.</source>
        <translation>Es gibt keinen Workspace „%1“; braze-cli workspace list zeigt alle.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Render the edited user</source>
        <translation>Bearbeitete:n Nutzer:in rendern</translation>
    </message>
    <message>
        <source>Compare two requests</source>
        <translation>Zwei Anfragen vergleichen</translation>
    </message>
    <message>
        <source>Change the right user&apos;s attributes here to see how the request changes.</source>
        <translation>Ändern Sie hier die Attribute der rechten Person, um zu sehen, wie sich die Anfrage ändert.</translation>
    </message>
    <message>
        <source>Right user (editable):</source>
        <translation>Rechte Person (bearbeitbar):</translation>
    </message>
    <message>
        <source>Left: %1</source>
        <translation>Links: %1</translation>
    </message>
    <message>
        <source>Right: %1</source>
        <translation>Rechts: %1</translation>
    </message>
    <message>
        <source>The right user is not a JSON object: %1 (character %2).</source>
        <translation>Die rechte Person ist kein JSON-Objekt: %1 (Zeichen %2).</translation>
    </message>
    <message>
        <source>The right user cannot be used: %1</source>
        <translation>Die rechte Person kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Right: %1 (edited)</source>
        <translation>Rechts: %1 (bearbeitet)</translation>
    </message>
    <message>
        <source>The two requests are identical.</source>
        <translation>Die beiden Anfragen sind identisch.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) differ; they are marked on both sides.</source>
        <translation>
            <numerusform>%n Zeile unterscheidet sich; sie ist auf beiden Seiten markiert.</numerusform>
            <numerusform>%n Zeilen unterscheiden sich; sie sind auf beiden Seiten markiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComposerPage</name>
    <message>
        <source>Braze documents no example for this endpoint; the body is empty.</source>
        <translation>Braze dokumentiert für diesen Endpunkt kein Beispiel; der Anfragetext ist leer.</translation>
    </message>
    <message>
        <source>Braze&apos;s documented example is filled in. Ctrl+Z in the body brings back what was there.</source>
        <translation>Das dokumentierte Beispiel von Braze ist eingesetzt. Strg+Z im Anfragetext holt den vorherigen Inhalt zurück.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Path, e.g. /users/track</source>
        <translation>Pfad, z. B. /users/track</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Sends the request to the active workspace (Ctrl+Return).</source>
        <translation>Sendet die Anfrage an den aktiven Workspace (Strg+Eingabe).</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Anfragetext</translation>
    </message>
    <message>
        <source>JSON body, e.g. {&quot;attributes&quot;: [ … ]}</source>
        <translation>JSON-Anfragetext, z. B. {&quot;attributes&quot;: [ … ]}</translation>
    </message>
    <message>
        <source>Problems in the body</source>
        <translation>Probleme im Anfragetext</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Anfragetext</translation>
    </message>
    <message>
        <source>Query parameters</source>
        <translation>Query-Parameter</translation>
    </message>
    <message>
        <source>The request from the log is filled in; edit it and send it with Ctrl+Return.</source>
        <translation>Die Anfrage aus dem Protokoll ist eingesetzt; bearbeiten Sie sie und senden Sie sie mit Strg+Eingabe.</translation>
    </message>
    <message>
        <source>Send %1 %2 to “%3”?</source>
        <translation>%1 %2 an „%3“ senden?</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Trotzdem senden</translation>
    </message>
    <message>
        <source>Sending to “%1”…</source>
        <translation>Wird an „%1“ gesendet…</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the rate limit: %n second(s) left. Cancel stops the call.</source>
        <translation>
            <numerusform>Warten auf das Rate-Limit: noch %n Sekunde. „Abbrechen“ beendet den Aufruf.</numerusform>
            <numerusform>Warten auf das Rate-Limit: noch %n Sekunden. „Abbrechen“ beendet den Aufruf.</numerusform>
        </translation>
    </message>
    <message>
        <source>No usable answer; attempt %1 follows in %2 ms.</source>
        <translation>Keine verwertbare Antwort; Versuch %1 folgt in %2 ms.</translation>
    </message>
    <message>
        <source>The exchange is in the Request log, with the origin “%1”.</source>
        <translation>Der Austausch steht im Anfrageprotokoll, mit der Herkunft „%1“.</translation>
    </message>
    <message>
        <source>The request from the log is filled in, but the log left out a secret or the end of its body: put the real values in before you send it.</source>
        <translation>Die Anfrage aus dem Protokoll ist eingesetzt, aber das Protokoll hat ein Secret oder das Ende des Anfragetexts weggelassen: Setzen Sie die echten Werte ein, bevor Sie sie senden.</translation>
    </message>
</context>
<context>
    <name>ComposerPlan</name>
    <message>
        <source>Replace %1 in the path with a real value.</source>
        <translation>Ersetzen Sie %1 im Pfad durch einen echten Wert.</translation>
    </message>
    <message>
        <source>%1 %2 is not in Braze&apos;s documented list: Braze may not know it (it would answer 404). It is sent anyway if you want.</source>
        <translation>%1 %2 steht nicht in der dokumentierten Liste von Braze: Braze kennt den Pfad vielleicht nicht (die Antwort wäre 404). Auf Wunsch wird die Anfrage trotzdem gesendet.</translation>
    </message>
    <message>
        <source>No workspace is connected. Choose one on the Workspaces page.</source>
        <translation>Kein Workspace ist verbunden. Wählen Sie einen auf der Seite „Workspaces“.</translation>
    </message>
    <message>
        <source>The body is not valid JSON; the mistake is marked in the editor.</source>
        <translation>Der Anfragetext ist kein gültiges JSON; der Fehler ist im Editor markiert.</translation>
    </message>
    <message>
        <source>Pick an endpoint on the left, or type a path.</source>
        <translation>Wählen Sie links einen Endpunkt oder geben Sie einen Pfad ein.</translation>
    </message>
    <message>
        <source>Braze documents no permission for this endpoint.</source>
        <translation>Braze dokumentiert für diesen Endpunkt keine Berechtigung.</translation>
    </message>
    <message>
        <source>The permission this path needs is not known.</source>
        <translation>Welche Berechtigung dieser Pfad braucht, ist nicht bekannt.</translation>
    </message>
    <message>
        <source>Needs the permission %1.</source>
        <translation>Braucht die Berechtigung %1.</translation>
    </message>
    <message>
        <source>Needs the permission %1: the API key of “%2” has it.</source>
        <translation>Braucht die Berechtigung %1: Der API-Schlüssel von „%2“ hat sie.</translation>
    </message>
    <message>
        <source>Needs the permission %1: the API key of “%2” lacks it, so Braze will refuse the call.</source>
        <translation>Braucht die Berechtigung %1: Dem API-Schlüssel von „%2“ fehlt sie, daher wird Braze den Aufruf ablehnen.</translation>
    </message>
    <message>
        <source>Needs the permission %1: the permission check could not tell whether the API key of “%2” has it.</source>
        <translation>Braucht die Berechtigung %1: Die Berechtigungsprüfung konnte nicht feststellen, ob der API-Schlüssel von „%2“ sie hat.</translation>
    </message>
    <message>
        <source>The permission check found that the API key of “%1” lacks the permission %2: Braze will most likely refuse the request.</source>
        <translation>Laut Berechtigungsprüfung fehlt dem API-Schlüssel von „%1“ die Berechtigung %2: Braze wird die Anfrage höchstwahrscheinlich ablehnen.</translation>
    </message>
    <message numerus="yes">
        <source>The body has %n value(s) Braze will refuse; they are listed under the editor.</source>
        <translation>
            <numerusform>Der Anfragetext enthält %n Wert, den Braze ablehnen wird; er steht unter dem Editor.</numerusform>
            <numerusform>Der Anfragetext enthält %n Werte, die Braze ablehnen wird; sie stehen unter dem Editor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComposerStore</name>
    <message>
        <source>The request composer&apos;s drafts and favourites (%1) could not be read or moved aside.</source>
        <translation>Entwurf und Favoriten des Anfrage-Editors (%1) konnten weder gelesen noch beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>The request composer&apos;s drafts and favourites could not be read. The file was kept as %1; the composer starts empty.</source>
        <translation>Entwurf und Favoriten des Anfrage-Editors konnten nicht gelesen werden. Die Datei wurde als %1 aufbewahrt; der Anfrage-Editor beginnt leer.</translation>
    </message>
</context>
<context>
    <name>Config::AppSettings</name>
    <message>
        <source>The preferences could not be saved to %1. The disk may be full or the folder read-only.</source>
        <translation>Die Einstellungen konnten nicht in %1 gespeichert werden. Vielleicht ist der Datenträger voll oder der Ordner schreibgeschützt.</translation>
    </message>
</context>
<context>
    <name>Config::SecretStore</name>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>Der Schlüsselbund des Systems hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain is not set up or did not let the console in, so keys are kept only while the console runs, never on disk: enter them again after a restart.</source>
        <translation>Der Schlüsselbund dieses Computers ist nicht eingerichtet oder hat die Konsole nicht zugelassen. Schlüssel werden daher nur aufbewahrt, solange die Konsole läuft, nie auf der Festplatte: Geben Sie sie nach einem Neustart erneut ein.</translation>
    </message>
</context>
<context>
    <name>Config::WorkspaceExchange</name>
    <message>
        <source>This file is not valid JSON (%1 at byte %2).</source>
        <translation>Diese Datei ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>This file does not hold exported workspaces.</source>
        <translation>Diese Datei enthält keine exportierten Workspaces.</translation>
    </message>
    <message>
        <source>These workspaces were exported by a newer version of the console.</source>
        <translation>Diese Workspaces wurden von einer neueren Version der Konsole exportiert.</translation>
    </message>
    <message>
        <source>The file holds no workspaces.</source>
        <translation>Die Datei enthält keine Workspaces.</translation>
    </message>
</context>
<context>
    <name>Config::WorkspaceFile</name>
    <message>
        <source>it is not valid JSON (%1 at byte %2)</source>
        <translation>sie ist kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>it does not hold workspace settings</source>
        <translation>sie enthält keine Workspace-Einstellungen</translation>
    </message>
    <message>
        <source>it was written by a newer version of the console (schema %1)</source>
        <translation>sie wurde von einer neueren Version der Konsole geschrieben (Schema %1)</translation>
    </message>
    <message>
        <source>it has no schema version</source>
        <translation>sie hat keine Schema-Version</translation>
    </message>
    <message>
        <source>The workspace settings could not be read because %1, and could not be moved aside. They were left in place at %2.</source>
        <translation>Die Workspace-Einstellungen konnten nicht gelesen werden, weil %1, und konnten nicht beiseitegelegt werden. Sie liegen unverändert unter %2.</translation>
    </message>
    <message>
        <source>The workspace settings could not be read because %1. The file was kept as %2; the console starts with the built-in sandbox.</source>
        <translation>Die Workspace-Einstellungen konnten nicht gelesen werden, weil %1. Die Datei wurde als %2 aufbewahrt; die Konsole startet mit der integrierten Sandbox.</translation>
    </message>
    <message>
        <source>%1 The console starts with the built-in sandbox only and leaves the workspace settings untouched until the file can be read.</source>
        <translation>%1 Die Konsole startet nur mit der integrierten Sandbox und lässt die Workspace-Einstellungen unverändert, bis die Datei gelesen werden kann.</translation>
    </message>
    <message>
        <source>it is larger than %1</source>
        <translation>sie größer als %1 ist</translation>
    </message>
    <message>
        <source>its list of workspaces is not a list</source>
        <translation>ihre Liste der Workspaces keine Liste ist</translation>
    </message>
    <message>
        <source>its active workspace is not a name</source>
        <translation>ihr aktiver Workspace kein Name ist</translation>
    </message>
    <message numerus="yes">
        <source>%n of its workspaces are not workspace settings</source>
        <translation>
            <numerusform>%n ihrer Workspaces keine Workspace-Einstellungen enthält</numerusform>
            <numerusform>%n ihrer Workspaces keine Workspace-Einstellungen enthalten</numerusform>
        </translation>
    </message>
    <message>
        <source>The notes of %1 were longer than %2 characters and were shortened to that length. The complete file was kept as %3.</source>
        <translation>Die Notizen von %1 waren länger als %2 Zeichen und wurden auf diese Länge gekürzt. Die vollständige Datei wurde als %3 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>Config::WorkspaceReview</name>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
</context>
<context>
    <name>Config::WorkspaceStore</name>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Changes to the workspaces are not saved, so that the unreadable file %1 is not overwritten. Move it away or fix it, then restart the console.</source>
        <translation>Änderungen an den Workspaces werden nicht gespeichert, damit die unlesbare Datei %1 nicht überschrieben wird. Verschieben oder reparieren Sie sie und starten Sie die Konsole dann neu.</translation>
    </message>
</context>
<context>
    <name>Config::WorkspaceValidator</name>
    <message>
        <source>Give the workspace a name.</source>
        <translation>Geben Sie dem Workspace einen Namen.</translation>
    </message>
    <message>
        <source>Another workspace is already called “%1”.</source>
        <translation>Ein anderer Workspace heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>Enter the REST endpoint, for example https://rest.iad-01.braze.com.</source>
        <translation>Geben Sie den REST-Endpunkt ein, zum Beispiel https://rest.iad-01.braze.com.</translation>
    </message>
    <message>
        <source>This is not a web address. Copy the REST endpoint from Braze under Settings › APIs and Identifiers.</source>
        <translation>Das ist keine Webadresse. Kopieren Sie den REST-Endpunkt in Braze unter Einstellungen › APIs und Kennungen.</translation>
    </message>
    <message>
        <source>The endpoint must start with https://.</source>
        <translation>Der Endpunkt muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>Use https:// — the API key must never travel unencrypted. Plain http is only allowed to this computer (localhost).</source>
        <translation>Verwenden Sie https:// – der API-Schlüssel darf nie unverschlüsselt übertragen werden. Unverschlüsseltes http ist nur für Verbindungen zu diesem Computer erlaubt (localhost).</translation>
    </message>
    <message>
        <source>Enter only the endpoint&apos;s address, without user name, “?” or “#” parts.</source>
        <translation>Geben Sie nur die Adresse des Endpunkts ein, ohne Benutzernamen, „?“- oder „#“-Teile.</translation>
    </message>
    <message>
        <source>Enter the endpoint without a path: https://%1</source>
        <translation>Geben Sie den Endpunkt ohne Pfad ein: https://%1</translation>
    </message>
    <message>
        <source>This is a dashboard or SDK address, not the REST endpoint. REST endpoints start with “rest.”, for example https://rest.iad-01.braze.com.</source>
        <translation>Das ist eine Dashboard- oder SDK-Adresse, nicht der REST-Endpunkt. REST-Endpunkte beginnen mit „rest.“, zum Beispiel https://rest.iad-01.braze.com.</translation>
    </message>
    <message>
        <source>%1 is not one of Braze&apos;s REST endpoints. Use it anyway (a proxy, for example)?</source>
        <translation>%1 ist keiner der REST-Endpunkte von Braze. Trotzdem verwenden (zum Beispiel für einen Proxy)?</translation>
    </message>
    <message>
        <source>Paste the REST API key from Braze (Settings › APIs and Identifiers › API Keys).</source>
        <translation>Fügen Sie den REST-API-Schlüssel aus Braze ein (Einstellungen › APIs und Kennungen › API-Schlüssel).</translation>
    </message>
    <message>
        <source>Paste the key alone, without “Bearer ”: the console adds it.</source>
        <translation>Fügen Sie nur den Schlüssel ein, ohne „Bearer “: Die Konsole ergänzt das selbst.</translation>
    </message>
    <message>
        <source>The key contains a line break. Paste it again as a single line.</source>
        <translation>Der Schlüssel enthält einen Zeilenumbruch. Fügen Sie ihn erneut als einzelne Zeile ein.</translation>
    </message>
    <message>
        <source>The key contains a space. Paste it again without spaces.</source>
        <translation>Der Schlüssel enthält ein Leerzeichen. Fügen Sie ihn erneut ohne Leerzeichen ein.</translation>
    </message>
    <message>
        <source>Remove the quotation marks around the key: Braze refuses a quoted key.</source>
        <translation>Entfernen Sie die Anführungszeichen um den Schlüssel: Braze lehnt einen Schlüssel in Anführungszeichen ab.</translation>
    </message>
    <message>
        <source>The key contains “%1”, which a Braze API key never does. Copy it again from Braze.</source>
        <translation>Der Schlüssel enthält „%1“, was in einem Braze-API-Schlüssel nie vorkommt. Kopieren Sie ihn erneut aus Braze.</translation>
    </message>
    <message numerus="yes">
        <source>This key is only %n characters long; Braze API keys are longer. Copy the whole key.</source>
        <translation>
            <numerusform>Dieser Schlüssel ist nur %n Zeichen lang; Braze-API-Schlüssel sind länger. Kopieren Sie den ganzen Schlüssel.</numerusform>
            <numerusform>Dieser Schlüssel ist nur %n Zeichen lang; Braze-API-Schlüssel sind länger. Kopieren Sie den ganzen Schlüssel.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is too long for an API key. Copy only the key.</source>
        <translation>Das ist zu lang für einen API-Schlüssel. Kopieren Sie nur den Schlüssel.</translation>
    </message>
    <message>
        <source>An App ID contains only letters, digits and hyphens. Copy it from Braze under Settings › App Settings.</source>
        <translation>Eine App-ID enthält nur Buchstaben, Ziffern und Bindestriche. Kopieren Sie sie in Braze unter Einstellungen › App-Einstellungen.</translation>
    </message>
    <message>
        <source>Notes can hold up to %1 characters; these have %2. Shorten them to save.</source>
        <translation>Notizen fassen höchstens %1 Zeichen; diese haben %2. Kürzen Sie sie, um zu speichern.</translation>
    </message>
</context>
<context>
    <name>ConnectedContentGate</name>
    <message>
        <source>not fetched: allow connected content calls to fetch it</source>
        <translation>nicht abgerufen: Erlauben Sie Connected-Content-Aufrufe, um es abzurufen</translation>
    </message>
    <message>
        <source>“%1” is not a web address</source>
        <translation>„%1“ ist keine Webadresse</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>keine Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>it leads to this computer (%1)</source>
        <translation>sie auf diesen Computer führt (%1)</translation>
    </message>
    <message>
        <source>it leads to a cloud metadata service (%1)</source>
        <translation>sie zu einem Cloud-Metadatendienst führt (%1)</translation>
    </message>
    <message>
        <source>it leads to a link-local address (%1)</source>
        <translation>sie zu einer link-lokalen Adresse führt (%1)</translation>
    </message>
    <message>
        <source>it leads to a private network address (%1)</source>
        <translation>sie zu einer Adresse in einem privaten Netz führt (%1)</translation>
    </message>
    <message>
        <source>%1 is not an address a server answers on</source>
        <translation>%1 keine Adresse ist, unter der ein Server antwortet</translation>
    </message>
    <message>
        <source>the server “%1” could not be found</source>
        <translation>der Server „%1“ wurde nicht gefunden</translation>
    </message>
    <message>
        <source>not fetched: the console refuses to call “%1” because %2</source>
        <translation>nicht abgerufen: Die Konsole ruft „%1“ nicht auf, weil %2</translation>
    </message>
    <message>
        <source>the answer is larger than 1 MB, Braze&apos;s limit, and was not used</source>
        <translation>die Antwort ist größer als 1 MB, die Grenze von Braze, und wurde nicht verwendet</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>The built-in sandbox could not start: %1</source>
        <translation>Die integrierte Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>The built-in sandbox is starting.</source>
        <translation>Die integrierte Sandbox wird gestartet.</translation>
    </message>
    <message>
        <source>Reading the API key of “%1” from the keychain…</source>
        <translation>API-Schlüssel von „%1“ wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>Enter the REST API key of “%1” on the Workspaces page.</source>
        <translation>Geben Sie den REST-API-Schlüssel von „%1“ auf der Seite „Workspaces“ ein.</translation>
    </message>
</context>
<context>
    <name>ContentBlockMenu</name>
    <message>
        <source>No workspace is connected.</source>
        <translation>Kein Workspace ist verbunden.</translation>
    </message>
    <message>
        <source>Reading the workspace&apos;s Content Blocks…</source>
        <translation>Die Content Blocks des Workspace werden gelesen …</translation>
    </message>
    <message>
        <source>The API key lacks the permission %1 to list Content Blocks.</source>
        <translation>Dem API-Schlüssel fehlt die Berechtigung %1, um Content Blocks aufzulisten.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>This workspace has no Content Blocks.</source>
        <translation>Dieser Workspace hat keine Content Blocks.</translation>
    </message>
</context>
<context>
    <name>CurlImportDialog</name>
    <message>
        <source>Import a cURL command</source>
        <translation>cURL-Befehl importieren</translation>
    </message>
    <message>
        <source>Create template</source>
        <translation>Vorlage erstellen</translation>
    </message>
    <message>
        <source>Paste the cURL command from the partner&apos;s documentation:</source>
        <translation>Fügen Sie den cURL-Befehl aus der Dokumentation des Partners ein:</translation>
    </message>
    <message>
        <source>The new template:</source>
        <translation>Die neue Vorlage:</translation>
    </message>
    <message>
        <source>The Authorization credential goes to the keychain as the partner secret “%1”; the template only refers to it.</source>
        <translation>Die Zugangsdaten aus Authorization kommen als Partner-Secret „%1“ in den Schlüsselbund; die Vorlage verweist nur darauf.</translation>
    </message>
</context>
<context>
    <name>DeleteEditor</name>
    <message>
        <source>This is a real Braze workspace, not the sandbox. Deleting removes the person&apos;s profile, history and subscriptions for good; Braze cannot undo it.</source>
        <translation>Dies ist ein echter Braze-Workspace, nicht die Sandbox. Das Löschen entfernt Profil, Verlauf und Abonnements der Person endgültig; Braze kann es nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Deleting cannot be undone. Type %1 to confirm.</source>
        <translation>Das Löschen kann nicht rückgängig gemacht werden. Geben Sie zur Bestätigung %1 ein.</translation>
    </message>
    <message>
        <source>Type %1 above to confirm the deletion.</source>
        <translation>Geben Sie oben %1 ein, um das Löschen zu bestätigen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>EndpointCatalogue</name>
    <message>
        <source>Catalogs</source>
        <translation>Kataloge</translation>
    </message>
    <message>
        <source>E-mail lists and addresses</source>
        <translation>E-Mail-Listen und -Adressen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation>Messaging</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Subscription groups</source>
        <translation>Abo-Gruppen</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>User data</source>
        <translation>Nutzerdaten</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>EndpointPicker</name>
    <message>
        <source>Search endpoints (Ctrl+F)</source>
        <translation>Endpunkte suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search endpoints</source>
        <translation>Endpunkte suchen</translation>
    </message>
    <message>
        <source>Documented endpoints</source>
        <translation>Dokumentierte Endpunkte</translation>
    </message>
    <message>
        <source>Permission: %1</source>
        <translation>Berechtigung: %1</translation>
    </message>
</context>
<context>
    <name>EndpointsCommand</name>
    <message>
        <source>List every documented endpoint with its permission and rate limit</source>
        <translation>Alle dokumentierten Endpunkte mit Berechtigung und Rate-Limit auflisten</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>%1 per hour</source>
        <translation>%1 pro Stunde</translation>
    </message>
    <message>
        <source>%1 per minute</source>
        <translation>%1 pro Minute</translation>
    </message>
    <message>
        <source>%1 per day</source>
        <translation>%1 pro Tag</translation>
    </message>
    <message>
        <source>%1 per %2 seconds</source>
        <translation>%1 pro %2 Sekunden</translation>
    </message>
    <message>
        <source>%1, shared by every endpoint without a limit of its own</source>
        <translation>%1, geteilt von allen Endpunkten ohne eigenes Limit</translation>
    </message>
    <message>
        <source>%1, shared by %2 endpoints (%3)</source>
        <translation>%1, geteilt von %2 Endpunkten (%3)</translation>
    </message>
    <message>
        <source>Lists every Braze REST endpoint the console knows (method and path), the API key permission it needs, its documented rate limit and whether Braze documents an example, which “braze-cli call METHOD PATH --example” prints.</source>
        <translation>Listet jeden Braze-REST-Endpunkt, den die Konsole kennt (Methode und Pfad), die nötige Berechtigung des API-Schlüssels, sein dokumentiertes Rate-Limit und ob Braze ein Beispiel dokumentiert, das „braze-cli call METHODE PFAD --example“ ausgibt.</translation>
    </message>
    <message>
        <source>Print a Markdown table (the one in README&apos;s sandbox section).</source>
        <translation>Eine Markdown-Tabelle ausgeben (die aus dem Sandbox-Abschnitt des README).</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Rate-Limit</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>example</source>
        <translation>Beispiel</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <source>e.g. quikly_activation_joined</source>
        <translation>z. B. quikly_activation_joined</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Type and value</source>
        <translation>Typ und Wert</translation>
    </message>
    <message>
        <source>Add property</source>
        <translation>Eigenschaft hinzufügen</translation>
    </message>
    <message>
        <source>Remove property</source>
        <translation>Eigenschaft entfernen</translation>
    </message>
    <message>
        <source>Event name:</source>
        <translation>Event-Name:</translation>
    </message>
    <message>
        <source>Properties:</source>
        <translation>Eigenschaften:</translation>
    </message>
    <message>
        <source>Row %1: the property needs a name.</source>
        <translation>Zeile %1: Die Eigenschaft braucht einen Namen.</translation>
    </message>
    <message>
        <source>Property “%1”: %2</source>
        <translation>Eigenschaft „%1“: %2</translation>
    </message>
    <message>
        <source>Custom event</source>
        <translation>Angepasstes Event</translation>
    </message>
</context>
<context>
    <name>FaultInjector</name>
    <message>
        <source>The fault setting &apos;%1&apos; has a value of the wrong type or range.</source>
        <translation>Die Fehlereinstellung „%1“ hat einen Wert mit falschem Typ oder außerhalb des gültigen Bereichs.</translation>
    </message>
</context>
<context>
    <name>FavouritesPanel</name>
    <message>
        <source>Save as favourite…</source>
        <translation>Als Favorit speichern…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoriten</translation>
    </message>
    <message>
        <source>Save as favourite</source>
        <translation>Als Favorit speichern</translation>
    </message>
    <message>
        <source>Name of the favourite:</source>
        <translation>Name des Favoriten:</translation>
    </message>
    <message>
        <source>Favourites of “%1”</source>
        <translation>Favoriten von „%1“</translation>
    </message>
    <message>
        <source>Saved as the favourite “%1”.</source>
        <translation>Als Favorit „%1“ gespeichert.</translation>
    </message>
</context>
<context>
    <name>FieldValidator</name>
    <message>
        <source>An ID has only letters, digits, dashes and underscores; check that it was copied completely.</source>
        <translation>Eine ID besteht nur aus Buchstaben, Ziffern, Bindestrichen und Unterstrichen; prüfen Sie, ob sie vollständig kopiert wurde.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Erforderlich.</translation>
    </message>
    <message>
        <source>Choose one of: %1.</source>
        <translation>Wählen Sie einen dieser Werte: %1.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Add at least one row.</source>
        <translation>Fügen Sie mindestens eine Zeile hinzu.</translation>
    </message>
    <message>
        <source>The pattern must contain %1.</source>
        <translation>Das Muster muss %1 enthalten.</translation>
    </message>
    <message>
        <source>%1 appears twice (rows %2 and %3).</source>
        <translation>%1 kommt doppelt vor (Zeilen %2 und %3).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A subscription group ID looks like 5a1f4e9c-0b7d-4c2e-9f3a-6d8b2c1e0a01: copy it from Audience › Subscriptions in Braze.</source>
        <translation>Eine Abo-Gruppen-ID sieht so aus: 5a1f4e9c-0b7d-4c2e-9f3a-6d8b2c1e0a01. Kopieren Sie sie in Braze unter Zielgruppe › Abonnements.</translation>
    </message>
</context>
<context>
    <name>FoldingSplitter</name>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
</context>
<context>
    <name>GoldenCommand</name>
    <message>
        <source>Check the Liquid engine against a Golden Liquid test file</source>
        <translation>Die Liquid-Engine mit einer Golden-Liquid-Testdatei prüfen</translation>
    </message>
    <message>
        <source>Runs every case of a golden_liquid.json file and prints each failure with the expected and actual output.</source>
        <translation>Führt jeden Fall einer golden_liquid.json-Datei aus und gibt jeden Fehlschlag mit erwarteter und tatsächlicher Ausgabe aus.</translation>
    </message>
    <message>
        <source>The golden_liquid.json file.</source>
        <translation>Die Datei golden_liquid.json.</translation>
    </message>
    <message>
        <source>braze-cli golden: give exactly one FILE.json.</source>
        <translation>braze-cli golden: Geben Sie genau eine DATEI.json an.</translation>
    </message>
    <message>
        <source>braze-cli golden: %1</source>
        <translation>braze-cli golden: %1</translation>
    </message>
    <message>
        <source>FAIL %1</source>
        <translation>FEHLGESCHLAGEN %1</translation>
    </message>
    <message>
        <source>  expected: %1</source>
        <translation>  erwartet:    %1</translation>
    </message>
    <message>
        <source>  actual:   %1</source>
        <translation>  tatsächlich: %1</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed</source>
        <translation>%1 bestanden, %2 fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>HandoffSheet</name>
    <message>
        <source>(left out: send it separately, e.g. through your password manager)</source>
        <translation>(weggelassen: separat senden, z. B. über Ihren Passwortmanager)</translation>
    </message>
    <message>
        <source>(no key saved for this workspace)</source>
        <translation>(für diesen Workspace ist kein Schlüssel gespeichert)</translation>
    </message>
    <message>
        <source>(not set yet)</source>
        <translation>(noch nicht festgelegt)</translation>
    </message>
    <message>
        <source>Braze settings for %1</source>
        <translation>Braze-Einstellungen für %1</translation>
    </message>
    <message>
        <source>(none: %1 is the built-in sandbox on this computer, not Braze)</source>
        <translation>(keiner: %1 ist die integrierte Sandbox auf diesem Computer, nicht Braze)</translation>
    </message>
    <message>
        <source>%1 — do not hand this value on yet. %2</source>
        <translation>%1 – geben Sie diesen Wert noch nicht weiter. %2</translation>
    </message>
    <message>
        <source>%1 — not checked in Braze yet.</source>
        <translation>%1 – noch nicht in Braze geprüft.</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a label above the lines of its value</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a label and its value</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>HandoffView</name>
    <message>
        <source>Include the API key</source>
        <translation>API-Schlüssel einschließen</translation>
    </message>
    <message>
        <source>Better: send the key separately, e.g. through a password manager.</source>
        <translation>Besser: Senden Sie den Schlüssel separat, z. B. über einen Passwortmanager.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Send this to the partner so they can connect to your Braze workspace.</source>
        <translation>Senden Sie dies an den Partner, damit er sich mit Ihrem Braze-Workspace verbinden kann.</translation>
    </message>
    <message>
        <source>This workspace is the built-in sandbox on this computer: a partner cannot reach %1, and nothing here is in Braze. Choose your Braze workspace on the Workspaces page (or create it there), then copy the sheet.</source>
        <translation>Dieser Workspace ist die integrierte Sandbox auf diesem Computer: Ein Partner kann %1 nicht erreichen, und nichts davon ist in Braze. Wählen Sie auf der Seite „Workspaces“ Ihren Braze-Workspace (oder legen Sie ihn dort an) und kopieren Sie dann das Blatt.</translation>
    </message>
    <message>
        <source>Braze refused a value on this sheet when it was checked: correct it on the Settings tab before you send the sheet.</source>
        <translation>Braze hat einen Wert auf diesem Blatt bei der Prüfung abgelehnt: Korrigieren Sie ihn im Tab „Einstellungen“, bevor Sie das Blatt versenden.</translation>
    </message>
    <message>
        <source>A sheet with the sandbox&apos;s address cannot be handed to a partner.</source>
        <translation>Ein Blatt mit der Adresse der Sandbox kann nicht an einen Partner gehen.</translation>
    </message>
    <message>
        <source>Hand-off sheet copied to the clipboard.</source>
        <translation>Übergabeblatt in die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>HeaderExplanation</name>
    <message numerus="yes">
        <source>Braze allows %Ln request(s) of this kind in one rate-limit window.</source>
        <translation>
            <numerusform>Braze erlaubt %Ln Anfrage dieser Art pro Rate-Limit-Fenster.</numerusform>
            <numerusform>Braze erlaubt %Ln Anfragen dieser Art pro Rate-Limit-Fenster.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The window resets at %1, in %n second(s).</source>
        <translation>
            <numerusform>Das Fenster wird um %1 zurückgesetzt, in %n Sekunde.</numerusform>
            <numerusform>Das Fenster wird um %1 zurückgesetzt, in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Braze asks to wait %n second(s) before sending again.</source>
        <translation>
            <numerusform>Braze bittet, %n Sekunde zu warten, bevor erneut gesendet wird.</numerusform>
            <numerusform>Braze bittet, %n Sekunden zu warten, bevor erneut gesendet wird.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) left before Braze answers 429.</source>
        <translation>
            <numerusform>Noch %Ln Anfrage, bevor Braze mit 429 antwortet.</numerusform>
            <numerusform>Noch %Ln Anfragen, bevor Braze mit 429 antwortet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Help::Glossary</name>
    <message>
        <source>alias-only profile</source>
        <translation>reines Alias-Profil</translation>
    </message>
    <message>
        <source>alias-only</source>
        <comment>glossary forms, separated by |</comment>
        <translation>Alias-Profil</translation>
    </message>
    <message>
        <source>A user profile Braze knows only by a user alias (for example an e-mail address with the label “email”), without an external ID. It can be identified later: given an external ID, it merges into that user.</source>
        <translation>Ein Nutzerprofil, das Braze nur über einen Nutzer-Alias kennt (zum Beispiel eine E-Mail-Adresse mit der Bezeichnung „email“), ohne externe ID. Es lässt sich später identifizieren: Mit einer externen ID wird es mit dem Profil dieser Person zusammengeführt.</translation>
    </message>
    <message>
        <source>user alias</source>
        <translation>Nutzer-Alias</translation>
    </message>
    <message>
        <source>user alias|alias label|alias name</source>
        <comment>glossary forms, separated by |</comment>
        <translation>Nutzer-Alias|Alias-Bezeichnung|Alias-Name</translation>
    </message>
    <message>
        <source>A second identifier for a user: a name and a label (for example “jane@example.com” with the label “email”). Partners use it for people who have no external ID yet.</source>
        <translation>Eine zweite Kennung für eine Person: ein Name und eine Bezeichnung (zum Beispiel „jane@example.com“ mit der Bezeichnung „email“). Partner nutzen sie für Personen, die noch keine externe ID haben.</translation>
    </message>
    <message>
        <source>external ID</source>
        <translation>externe ID</translation>
    </message>
    <message>
        <source>external ID|external_id</source>
        <comment>glossary forms, separated by |</comment>
        <translation>externe ID|externen ID|external_id</translation>
    </message>
    <message>
        <source>Your own identifier of a user (external_id), for example the customer number in your CRM. One external ID is one profile.</source>
        <translation>Ihre eigene Kennung einer Person (external_id), zum Beispiel die Kundennummer in Ihrem CRM. Eine externe ID gehört zu genau einem Profil.</translation>
    </message>
    <message>
        <source>Braze ID</source>
        <translation>Braze-ID</translation>
    </message>
    <message>
        <source>Braze ID|braze_id</source>
        <comment>glossary forms, separated by |</comment>
        <translation>Braze-ID|braze_id</translation>
    </message>
    <message>
        <source>The identifier Braze gives every profile itself (braze_id). It cannot be chosen or changed.</source>
        <translation>Die Kennung, die Braze selbst jedem Profil gibt (braze_id). Sie lässt sich weder wählen noch ändern.</translation>
    </message>
    <message>
        <source>subscription group</source>
        <translation>Abo-Gruppe</translation>
    </message>
    <message>
        <source>subscription group</source>
        <comment>glossary forms, separated by |</comment>
        <translation>Abo-Gruppe</translation>
    </message>
    <message>
        <source>A list of e-mail addresses or phone numbers that agreed to receive one kind of message, for example your SMS marketing. Its ID is a UUID, found in Braze under Audience › Subscriptions.</source>
        <translation>Eine Liste von E-Mail-Adressen oder Telefonnummern, die einer Art von Nachrichten zugestimmt haben, zum Beispiel Ihrem SMS-Marketing. Ihre ID ist eine UUID; Sie finden sie in Braze unter Zielgruppe › Abonnements.</translation>
    </message>
    <message>
        <source>E.164</source>
        <translation>E.164</translation>
    </message>
    <message>
        <source>E.164</source>
        <comment>glossary forms, separated by |</comment>
        <translation>E.164</translation>
    </message>
    <message>
        <source>The international way to write a phone number that Braze expects: “+”, the country code and the number, without spaces, for example +4915112345678.</source>
        <translation>Die internationale Schreibweise einer Telefonnummer, die Braze erwartet: „+“, die Ländervorwahl und die Nummer, ohne Leerzeichen, zum Beispiel +4915112345678.</translation>
    </message>
    <message>
        <source>permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>permission</source>
        <comment>glossary forms, separated by |</comment>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>What a REST API key is allowed to do, one permission per endpoint (for example users.track). You choose them when you create the key in Braze under Settings › APIs and Identifiers › API Keys; a call without its permission is refused.</source>
        <translation>Was ein REST-API-Schlüssel tun darf, eine Berechtigung pro Endpunkt (zum Beispiel users.track). Sie wählen die Berechtigungen beim Anlegen des Schlüssels in Braze unter Einstellungen › APIs und Bezeichner › API-Schlüssel; ein Aufruf ohne seine Berechtigung wird abgelehnt.</translation>
    </message>
    <message>
        <source>REST endpoint</source>
        <translation>REST-Endpunkt</translation>
    </message>
    <message>
        <source>REST endpoint</source>
        <comment>glossary forms, separated by |</comment>
        <translation>REST-Endpunkt</translation>
    </message>
    <message>
        <source>The address of your Braze instance&apos;s REST API, for example https://rest.iad-01.braze.com. It matches your dashboard&apos;s address (dashboard-01 → rest.iad-01).</source>
        <translation>Die Adresse der REST-API Ihrer Braze-Instanz, zum Beispiel https://rest.iad-01.braze.com. Sie passt zur Adresse Ihres Dashboards (dashboard-01 → rest.iad-01).</translation>
    </message>
    <message>
        <source>App ID</source>
        <translation>App-ID</translation>
    </message>
    <message>
        <source>App ID</source>
        <comment>glossary forms, separated by |</comment>
        <translation>App-ID|App ID</translation>
    </message>
    <message>
        <source>The identifier of one app or website in a Braze workspace (Settings › App Settings). Some partners need it; it is not the REST API key.</source>
        <translation>Die Kennung einer App oder Website in einem Braze-Workspace (Einstellungen › App-Einstellungen). Manche Partner brauchen sie; sie ist nicht der REST-API-Schlüssel.</translation>
    </message>
    <message>
        <source>custom attribute</source>
        <translation>angepasstes Attribut</translation>
    </message>
    <message>
        <source>custom attribute</source>
        <comment>glossary forms, separated by |</comment>
        <translation>angepasstes Attribut|angepasste Attribut|angepassten Attribut|angepasstes Braze-Attribut</translation>
    </message>
    <message>
        <source>A value you store on a user&apos;s profile yourself, such as a quiz answer or an audience membership, to segment and personalise with.</source>
        <translation>Ein Wert, den Sie selbst im Profil einer Person speichern, etwa eine Quiz-Antwort oder eine Zielgruppenzugehörigkeit, um damit zu segmentieren und zu personalisieren.</translation>
    </message>
    <message>
        <source>custom event</source>
        <translation>angepasstes Event</translation>
    </message>
    <message>
        <source>custom event</source>
        <comment>glossary forms, separated by |</comment>
        <translation>angepasstes Event|angepasste Event|angepassten Event</translation>
    </message>
    <message>
        <source>Something a user did that you record in Braze with a name and a time, for example a sign-up; it can start a campaign or a Canvas.</source>
        <translation>Etwas, das eine Person getan hat und das Sie in Braze mit Namen und Zeitpunkt festhalten, zum Beispiel eine Anmeldung; es kann eine Kampagne oder einen Canvas starten.</translation>
    </message>
    <message>
        <source>double opt-in</source>
        <translation>Double Opt-in</translation>
    </message>
    <message>
        <source>double opt-in</source>
        <comment>glossary forms, separated by |</comment>
        <translation>Double Opt-in|Double-Opt-in</translation>
    </message>
    <message>
        <source>The user confirms the subscription a second time (for example by answering an SMS) before it counts as subscribed.</source>
        <translation>Die Person bestätigt das Abonnement ein zweites Mal (zum Beispiel mit einer Antwort per SMS), bevor es als abonniert gilt.</translation>
    </message>
    <message>
        <source>API-triggered</source>
        <translation>API-getriggert</translation>
    </message>
    <message>
        <source>API-triggered</source>
        <comment>glossary forms, separated by |</comment>
        <translation>API-getriggert</translation>
    </message>
    <message>
        <source>A campaign or Canvas that is sent when a partner or your system calls Braze&apos;s API, not on a schedule.</source>
        <translation>Eine Kampagne oder ein Canvas, die versendet werden, wenn ein Partner oder Ihr System die API von Braze aufruft, nicht nach Zeitplan.</translation>
    </message>
    <message>
        <source>Liquid</source>
        <translation>Liquid</translation>
    </message>
    <message>
        <source>Liquid</source>
        <comment>glossary forms, separated by |</comment>
        <translation>Liquid</translation>
    </message>
    <message>
        <source>The template language of Braze&apos;s messages and webhooks: {{${first_name}}} inserts a user&apos;s value, {% if %} chooses text.</source>
        <translation>Die Vorlagensprache der Nachrichten und Webhooks von Braze: {{${first_name}}} setzt einen Wert der Person ein, {% if %} wählt Text aus.</translation>
    </message>
    <message>
        <source>sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>sandbox</source>
        <comment>glossary forms, separated by |</comment>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>The built-in sandbox imitates Braze&apos;s REST API on this computer, with demo users and keys: try everything, nothing reaches Braze.</source>
        <translation>Die integrierte Sandbox bildet die REST-API von Braze auf diesem Computer nach, mit Demo-Nutzer:innen und Demo-Schlüsseln: Probieren Sie alles aus, nichts erreicht Braze.</translation>
    </message>
</context>
<context>
    <name>IdentifierKinds</name>
    <message>
        <source>External ID</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Braze ID</source>
        <translation>Braze-ID</translation>
    </message>
    <message>
        <source>User alias</source>
        <translation>Nutzer-Alias</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>e.g. anna@example.com</source>
        <translation>z. B. anna@example.com</translation>
    </message>
    <message>
        <source>e.g. +4915112345678</source>
        <translation>z. B. +4915112345678</translation>
    </message>
    <message>
        <source>Alias name, e.g. anna@example.com</source>
        <translation>Alias-Name, z. B. anna@example.com</translation>
    </message>
    <message>
        <source>24 characters, e.g. 5fbd99bac125ca40511f2cb1</source>
        <translation>24 Zeichen, z. B. 5fbd99bac125ca40511f2cb1</translation>
    </message>
    <message>
        <source>Your own user ID, e.g. user_123</source>
        <translation>Ihre eigene Nutzer-ID, z. B. user_123</translation>
    </message>
    <message>
        <source>Alias label, e.g. email</source>
        <translation>Alias-Label, z. B. email</translation>
    </message>
</context>
<context>
    <name>IdentifyEditor</name>
    <message>
        <source>External ID:</source>
        <translation>Externe ID:</translation>
    </message>
    <message>
        <source>This profile is known only by its alias. Give it an external ID; if a profile with that ID exists, Braze merges this one into it and removes this alias-only profile.</source>
        <translation>Dieses Profil ist nur über seinen Alias bekannt. Geben Sie ihm eine externe ID; existiert bereits ein Profil mit dieser ID, führt Braze dieses Profil damit zusammen und entfernt das reine Alias-Profil.</translation>
    </message>
    <message>
        <source>This profile already has the external ID “%1”. Only alias-only profiles can be identified.</source>
        <translation>Dieses Profil hat bereits die externe ID „%1“. Nur reine Alias-Profile können identifiziert werden.</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>Identifizieren</translation>
    </message>
</context>
<context>
    <name>IdentityChangeEditor</name>
    <message>
        <source>New external ID:</source>
        <translation>Neue externe ID:</translation>
    </message>
    <message>
        <source>Deprecated external ID:</source>
        <translation>Veraltete externe ID:</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Rename ID</source>
        <translation>ID umbenennen</translation>
    </message>
    <message>
        <source>Remove ID</source>
        <translation>ID entfernen</translation>
    </message>
    <message>
        <source>Merges a duplicate profile into this one: its data moves here and the duplicate is deleted.</source>
        <translation>Führt ein doppeltes Profil in dieses zusammen: Seine Daten kommen hierher, das Duplikat wird gelöscht.</translation>
    </message>
    <message>
        <source>This profile has no external ID to rename.</source>
        <translation>Dieses Profil hat keine externe ID zum Umbenennen.</translation>
    </message>
    <message>
        <source>Gives this profile a new external ID. The current one, “%1”, stays as a deprecated ID that still finds the profile until you remove it.</source>
        <translation>Gibt diesem Profil eine neue externe ID. Die aktuelle, „%1“, bleibt als veraltete ID erhalten und findet das Profil weiterhin, bis Sie sie entfernen.</translation>
    </message>
    <message>
        <source>Removes an external ID this profile had before a rename, so that it no longer finds the profile.</source>
        <translation>Entfernt eine externe ID, die dieses Profil vor einer Umbenennung hatte, sodass sie das Profil nicht mehr findet.</translation>
    </message>
    <message>
        <source>Kind of identifier of the profile to merge</source>
        <translation>Art des Bezeichners des zusammenzuführenden Profils</translation>
    </message>
    <message>
        <source>Alias label of the profile to merge</source>
        <translation>Alias-Label des zusammenzuführenden Profils</translation>
    </message>
    <message>
        <source>Identifier of the profile to merge</source>
        <translation>Bezeichner des zusammenzuführenden Profils</translation>
    </message>
    <message>
        <source>Profile to merge into this one:</source>
        <translation>Profil, das in dieses zusammengeführt wird:</translation>
    </message>
    <message>
        <source>the unidentified one updated most recently</source>
        <translation>das nicht identifizierte, zuletzt aktualisierte</translation>
    </message>
    <message>
        <source>the identified one updated most recently</source>
        <translation>das identifizierte, zuletzt aktualisierte</translation>
    </message>
    <message>
        <source>the one updated most recently</source>
        <translation>das zuletzt aktualisierte</translation>
    </message>
    <message>
        <source>the one updated least recently</source>
        <translation>das am längsten nicht aktualisierte</translation>
    </message>
    <message>
        <source>Braze&apos;s prioritization: which profile it merges when several have this e-mail address or phone number.</source>
        <translation>Die Priorisierung von Braze: welches Profil es zusammenführt, wenn mehrere diese E-Mail-Adresse oder Telefonnummer haben.</translation>
    </message>
    <message>
        <source>If several profiles have it, merge:</source>
        <translation>Wenn mehrere Profile diesen Wert haben, zusammenführen:</translation>
    </message>
</context>
<context>
    <name>IntegrationCommand</name>
    <message>
        <source>Show or change a partner&apos;s settings in a workspace (integration show|set PARTNER)</source>
        <translation>Einstellungen eines Partners in einem Workspace anzeigen oder ändern (integration show|set PARTNER)</translation>
    </message>
    <message>
        <source>show PARTNER: the partner&apos;s settings in the workspace, each with its state (verified, set but not verified, missing or refused).
set PARTNER FIELD=VALUE ...: changes settings, checked as on the Settings tab; tables as JSON. A secret field is named without a value and read from BRAZE_SECRET_&lt;PARTNER&gt;_&lt;FIELD&gt; (e.g. BRAZE_SECRET_QUIKLY_AUTHORIZATION), never from the command line.
Invalid values exit with status 2 and change nothing.</source>
        <translation>show PARTNER: die Einstellungen des Partners im Workspace, jede mit ihrem Status (bestätigt, gesetzt, aber nicht bestätigt, fehlend oder abgelehnt).
set PARTNER FELD=WERT ...: ändert Einstellungen, geprüft wie im Tab „Einstellungen“; Tabellen als JSON. Ein geheimes Feld wird ohne Wert genannt und aus BRAZE_SECRET_&lt;PARTNER&gt;_&lt;FELD&gt; gelesen (z. B. BRAZE_SECRET_QUIKLY_AUTHORIZATION), nie von der Befehlszeile.
Ungültige Werte enden mit Status 2 und ändern nichts.</translation>
    </message>
    <message>
        <source>show or set</source>
        <translation>show oder set</translation>
    </message>
    <message>
        <source>quikly, smartersends, actioniq or outgrow</source>
        <translation>quikly, smartersends, actioniq oder outgrow</translation>
    </message>
    <message>
        <source>The workspace, by name or id (default: the active one).</source>
        <translation>Der Workspace, per Name oder ID (Standard: der aktive).</translation>
    </message>
    <message>
        <source>WORKSPACE</source>
        <translation>WORKSPACE</translation>
    </message>
    <message>
        <source>set: save a value Braze refused when it was checked.</source>
        <translation>set: einen Wert speichern, den Braze bei der Prüfung abgelehnt hat.</translation>
    </message>
    <message>
        <source>show: print JSON.</source>
        <translation>show: JSON ausgeben.</translation>
    </message>
    <message>
        <source>Say what to do: braze-cli integration show PARTNER, or braze-cli integration set PARTNER FIELD=VALUE ...</source>
        <translation>Sagen Sie, was zu tun ist: braze-cli integration show PARTNER oder braze-cli integration set PARTNER FELD=WERT ...</translation>
    </message>
    <message>
        <source>There is no partner “%1”; the partners are %2.</source>
        <translation>Es gibt keinen Partner „%1“; die Partner sind %2.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 has no setting “%2”; its settings are %3.</source>
        <translation>%1 hat keine Einstellung „%2“; die Einstellungen sind %3.</translation>
    </message>
    <message>
        <source>Keep secrets off the command line: export %1 and name the field alone (braze-cli integration set %2 %3).</source>
        <translation>Geheimnisse gehören nicht auf die Befehlszeile: Exportieren Sie %1 und nennen Sie nur das Feld (braze-cli integration set %2 %3).</translation>
    </message>
    <message>
        <source>Set the value of “%1” in the environment variable %2.</source>
        <translation>Setzen Sie den Wert von „%1“ in der Umgebungsvariablen %2.</translation>
    </message>
    <message>
        <source>“%1” is not FIELD=VALUE (tables as JSON).</source>
        <translation>„%1“ ist nicht FELD=WERT (Tabellen als JSON).</translation>
    </message>
    <message>
        <source>%1: %2 Save it anyway with --anyway.</source>
        <translation>%1: %2 Mit --anyway trotzdem speichern.</translation>
    </message>
    <message>
        <source>“%1” was not kept: braze-cli ends now.</source>
        <translation>„%1“ wurde nicht aufbewahrt: braze-cli endet jetzt.</translation>
    </message>
    <message>
        <source>Saved the %1 settings of workspace “%2”.</source>
        <translation>Die %1-Einstellungen des Workspace „%2“ wurden gespeichert.</translation>
    </message>
    <message>
        <source>%1 settings of workspace “%2”</source>
        <translation>%1-Einstellungen des Workspace „%2“</translation>
    </message>
    <message>
        <source>(in the keychain)</source>
        <translation>(im Schlüsselbund)</translation>
    </message>
</context>
<context>
    <name>Integrations</name>
    <message>
        <source>ActionIQ</source>
        <translation>ActionIQ</translation>
    </message>
    <message>
        <source>Customer data platform: ActionIQ syncs audience membership as boolean custom attributes, forwards events in real time and triggers API-triggered campaigns.</source>
        <translation>Kundendatenplattform: ActionIQ synchronisiert Zielgruppenmitgliedschaften als boolesche angepasste Attribute, leitet Events in Echtzeit weiter und löst API-getriggerte Kampagnen aus.</translation>
    </message>
    <message>
        <source>An ActionIQ account with a Braze connection (REST API key and endpoint).</source>
        <translation>Ein ActionIQ-Konto mit einer Braze-Verbindung (REST-API-Schlüssel und Endpunkt).</translation>
    </message>
    <message>
        <source>The partner page leaves the permission list blank; this one follows from the triggered campaigns.</source>
        <translation>Die Partnerseite lässt die Berechtigungsliste leer; diese ergibt sich aus den getriggerten Kampagnen.</translation>
    </message>
    <message>
        <source>At least one audience (Audience ID and Split ID) to sync.</source>
        <translation>Mindestens eine Zielgruppe (Audience ID und Split ID) zum Synchronisieren.</translation>
    </message>
    <message>
        <source>Attribute name pattern</source>
        <translation>Muster für Attributnamen</translation>
    </message>
    <message>
        <source>How an audience becomes a custom attribute; ActionIQ&apos;s default is AIQ_&lt;Audience ID&gt;_&lt;Split ID&gt;.</source>
        <translation>Wie aus einer Zielgruppe ein angepasstes Attribut wird; der Standard von ActionIQ ist AIQ_&lt;Audience ID&gt;_&lt;Split ID&gt;.</translation>
    </message>
    <message>
        <source>Match users on</source>
        <translation>Nutzer:innen abgleichen über</translation>
    </message>
    <message>
        <source>The identifier ActionIQ&apos;s activation setting sends: external_id or braze_id.</source>
        <translation>Die Kennung, die die Aktivierungseinstellung von ActionIQ sendet: external_id oder braze_id.</translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation>Zielgruppen</translation>
    </message>
    <message>
        <source>Each ActionIQ audience split becomes one boolean custom attribute; build Braze segments on it.</source>
        <translation>Jeder Split einer ActionIQ-Zielgruppe wird zu einem booleschen angepassten Attribut; bauen Sie darauf Braze-Segmente auf.</translation>
    </message>
    <message>
        <source>Audience ID</source>
        <translation>Audience ID</translation>
    </message>
    <message>
        <source>Split ID</source>
        <translation>Split ID</translation>
    </message>
    <message>
        <source>Custom attribute</source>
        <translation>Angepasstes Attribut</translation>
    </message>
    <message>
        <source>API-triggered campaign ID</source>
        <translation>ID der API-getriggerten Kampagne</translation>
    </message>
    <message>
        <source>A campaign with API-triggered delivery that ActionIQ starts.</source>
        <translation>Eine Kampagne mit API-getriggerter Zustellung, die ActionIQ startet.</translation>
    </message>
    <message>
        <source>Identifier to include in the activation setting</source>
        <translation>Kennung für die Aktivierungseinstellung</translation>
    </message>
    <message>
        <source>Audiences and their attributes</source>
        <translation>Zielgruppen und ihre Attribute</translation>
    </message>
    <message>
        <source>Campaign ID for triggered campaigns</source>
        <translation>Kampagnen-ID für getriggerte Kampagnen</translation>
    </message>
    <message>
        <source>Audience membership</source>
        <translation>Zielgruppenmitgliedschaft</translation>
    </message>
    <message>
        <source>Sets the audience attribute to true for a test user, checks it by export, clears it again and checks that too.</source>
        <translation>Setzt das Zielgruppenattribut für eine:n Testnutzer:in auf true, prüft es per Export, leert es wieder und prüft auch das.</translation>
    </message>
    <message>
        <source>Test user (the identifier chosen under &quot;Match users on&quot;)</source>
        <translation>Testnutzer:in (die unter „Nutzer:innen abgleichen über“ gewählte Kennung)</translation>
    </message>
    <message>
        <source>Name the audience&apos;s attribute</source>
        <translation>Attribut der Zielgruppe benennen</translation>
    </message>
    <message>
        <source>Add the user to the audience</source>
        <translation>Nutzer:in zur Zielgruppe hinzufügen</translation>
    </message>
    <message>
        <source>Check the attribute is true</source>
        <translation>Prüfen, ob das Attribut true ist</translation>
    </message>
    <message>
        <source>Remove the user from the audience</source>
        <translation>Nutzer:in aus der Zielgruppe entfernen</translation>
    </message>
    <message>
        <source>Check the attribute is false</source>
        <translation>Prüfen, ob das Attribut false ist</translation>
    </message>
    <message>
        <source>Forward an event</source>
        <translation>Event weiterleiten</translation>
    </message>
    <message>
        <source>Sends an event the way ActionIQ forwards it (name, identifier, ISO 8601 time, properties) and checks it arrived on the profile.</source>
        <translation>Sendet ein Event so, wie ActionIQ es weiterleitet (Name, Kennung, Zeit in ISO 8601, Eigenschaften), und prüft, ob es im Profil angekommen ist.</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>Event-Name</translation>
    </message>
    <message>
        <source>Time (ISO 8601)</source>
        <translation>Zeit (ISO 8601)</translation>
    </message>
    <message>
        <source>Event properties (JSON object)</source>
        <translation>Event-Eigenschaften (JSON-Objekt)</translation>
    </message>
    <message>
        <source>Forward the event</source>
        <translation>Event weiterleiten</translation>
    </message>
    <message>
        <source>Check the event is on the profile</source>
        <translation>Prüfen, ob das Event im Profil ist</translation>
    </message>
    <message>
        <source>Trigger a campaign</source>
        <translation>Kampagne auslösen</translation>
    </message>
    <message>
        <source>Triggers the API-triggered campaign for a test user, as ActionIQ does.</source>
        <translation>Löst die API-getriggerte Kampagne für eine:n Testnutzer:in aus, wie ActionIQ es tut.</translation>
    </message>
    <message>
        <source>Trigger the campaign for the test user</source>
        <translation>Kampagne für die:den Testnutzer:in auslösen</translation>
    </message>
    <message>
        <source>Braze REST endpoint: the URL of your instance&apos;s REST API (the workspace&apos;s endpoint).</source>
        <translation>Braze-REST-Endpunkt: die URL der REST-API Ihrer Instanz (der Endpunkt des Workspace).</translation>
    </message>
    <message>
        <source>Braze REST endpoint</source>
        <translation>Braze-REST-Endpunkt</translation>
    </message>
    <message>
        <source>Braze REST API key</source>
        <translation>Braze-REST-API-Schlüssel</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Mobile number (E.164)</source>
        <translation>Mobilnummer (E.164)</translation>
    </message>
    <message>
        <source>Outgrow</source>
        <translation>Outgrow</translation>
    </message>
    <message>
        <source>Interactive content: Outgrow sends quiz, survey and calculator answers to Braze as custom attributes through users/track.</source>
        <translation>Interaktive Inhalte: Outgrow sendet Antworten aus Quiz, Umfragen und Rechnern über users/track als angepasste Attribute an Braze.</translation>
    </message>
    <message>
        <source>An Outgrow account to publish the content and set up the data transfer.</source>
        <translation>Ein Outgrow-Konto, um die Inhalte zu veröffentlichen und die Datenübertragung einzurichten.</translation>
    </message>
    <message>
        <source>Custom attributes in Braze for the Outgrow answers (e.g. quiz scores, segments).</source>
        <translation>Angepasste Attribute in Braze für die Outgrow-Antworten (z. B. Quiz-Punktzahlen, Segmente).</translation>
    </message>
    <message>
        <source>Response mapping</source>
        <translation>Antwort-Mapping</translation>
    </message>
    <message>
        <source>Which Outgrow answer goes into which Braze custom attribute, and as which type. The names must match exactly.</source>
        <translation>Welche Outgrow-Antwort in welches angepasste Braze-Attribut geht, und mit welchem Typ. Die Namen müssen exakt übereinstimmen.</translation>
    </message>
    <message>
        <source>Outgrow response field</source>
        <translation>Outgrow-Antwortfeld</translation>
    </message>
    <message>
        <source>Braze custom attribute</source>
        <translation>Angepasstes Braze-Attribut</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Sample answer</source>
        <translation>Beispielantwort</translation>
    </message>
    <message>
        <source>Attribute mapping</source>
        <translation>Attribut-Mapping</translation>
    </message>
    <message>
        <source>Data is not reaching Braze: check that the API key and the endpoint URL in Outgrow&apos;s integration settings are right and that the key has the users.track permission.</source>
        <translation>Daten kommen nicht in Braze an: Prüfen Sie, ob API-Schlüssel und Endpunkt-URL in den Integrationseinstellungen von Outgrow stimmen und ob der Schlüssel die Berechtigung users.track hat.</translation>
    </message>
    <message>
        <source>Wrong mapping: make sure each mapped Outgrow answer goes to a valid Braze custom attribute and that the attribute names match exactly.</source>
        <translation>Falsches Mapping: Stellen Sie sicher, dass jede gemappte Outgrow-Antwort in ein gültiges angepasstes Braze-Attribut geht und die Attributnamen exakt übereinstimmen.</translation>
    </message>
    <message>
        <source>To compare, the console reads the profile back with users/export/ids, a permission Outgrow itself does not need. Run the test with a key that also has users.export.ids, or look at the test user&apos;s profile in the Braze dashboard. If the profile is missing: check the API key, the endpoint and the users.track permission.</source>
        <translation>Zum Vergleich liest die Konsole das Profil mit users/export/ids zurück, einer Berechtigung, die Outgrow selbst nicht braucht. Führen Sie den Test mit einem Schlüssel aus, der zusätzlich users.export.ids hat, oder sehen Sie sich das Testprofil im Braze-Dashboard an. Fehlt das Profil: Prüfen Sie API-Schlüssel, Endpunkt und die Berechtigung users.track.</translation>
    </message>
    <message>
        <source>Segment not filtering: make sure the custom attributes are set up in Braze and receive data, then check the segment&apos;s filter logic.</source>
        <translation>Segment filtert nicht: Stellen Sie sicher, dass die angepassten Attribute in Braze eingerichtet sind und Daten erhalten, und prüfen Sie dann die Filterlogik des Segments.</translation>
    </message>
    <message>
        <source>Test the attribute mapping</source>
        <translation>Attribut-Mapping testen</translation>
    </message>
    <message>
        <source>Submits a sample answer for a test user through users/track, exports the user and compares each mapped attribute, expected against actual.</source>
        <translation>Sendet eine Beispielantwort für eine:n Testnutzer:in über users/track, exportiert das Nutzerprofil und vergleicht jedes gemappte Attribut: erwartet gegen tatsächlich.</translation>
    </message>
    <message>
        <source>Test user (external ID)</source>
        <translation>Testnutzer:in (externe ID)</translation>
    </message>
    <message>
        <source>Sample response (JSON; empty: the samples of the mapping)</source>
        <translation>Beispielantwort (JSON; leer: die Beispiele aus dem Mapping)</translation>
    </message>
    <message>
        <source>Turn the answers into attributes</source>
        <translation>Antworten in Attribute umwandeln</translation>
    </message>
    <message>
        <source>Submit the answers through users/track</source>
        <translation>Antworten über users/track senden</translation>
    </message>
    <message>
        <source>Export the test user</source>
        <translation>Testnutzer:in exportieren</translation>
    </message>
    <message>
        <source>Compare expected and actual attributes</source>
        <translation>Erwartete und tatsächliche Attribute vergleichen</translation>
    </message>
    <message>
        <source>Quikly</source>
        <translation>Quikly</translation>
    </message>
    <message>
        <source>Urgency marketing: Quikly captures e-mail addresses and mobile numbers in its activations and passes them to Braze, and a Braze webhook can reward a user in a Quikly activation.</source>
        <translation>Urgency-Marketing: Quikly erfasst in seinen Aktivierungen E-Mail-Adressen und Mobilnummern und gibt sie an Braze weiter; ein Braze-Webhook kann Nutzer:innen in einer Quikly-Aktivierung belohnen.</translation>
    </message>
    <message>
        <source>A Quikly partner account.</source>
        <translation>Ein Quikly-Partnerkonto.</translation>
    </message>
    <message>
        <source>The ID of the SMS subscription group new numbers join (Audience › Subscriptions).</source>
        <translation>Die ID der SMS-Abo-Gruppe, der neue Nummern beitreten (Zielgruppe › Abonnements).</translation>
    </message>
    <message>
        <source>A Quikly API key from your Client Success Manager (only for the webhook).</source>
        <translation>Ein Quikly-API-Schlüssel von Ihrem Client Success Manager (nur für den Webhook).</translation>
    </message>
    <message>
        <source>SMS subscription group ID</source>
        <translation>ID der SMS-Abo-Gruppe</translation>
    </message>
    <message>
        <source>Quikly subscribes new mobile numbers to this group. Copy it from Audience › Subscriptions in Braze.</source>
        <translation>Quikly meldet neue Mobilnummern in dieser Gruppe an. Kopieren Sie sie in Braze unter Zielgruppe › Abonnements.</translation>
    </message>
    <message>
        <source>Activation scope (q_scope)</source>
        <translation>Aktivierungs-Scope (q_scope)</translation>
    </message>
    <message>
        <source>The scope ID of your Quikly activation; the webhook sends it as q_scope.</source>
        <translation>Die Scope-ID Ihrer Quikly-Aktivierung; der Webhook sendet sie als q_scope.</translation>
    </message>
    <message>
        <source>Quikly authorization value</source>
        <translation>Quikly-Autorisierungswert</translation>
    </message>
    <message>
        <source>The value of the webhook&apos;s Authorization header (Bearer …). Kept in the keychain.</source>
        <translation>Der Wert des Authorization-Headers des Webhooks (Bearer …). Wird im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Double opt-in event name</source>
        <translation>Event-Name für Double Opt-in</translation>
    </message>
    <message>
        <source>The custom event that starts your SMS double opt-in in Braze.</source>
        <translation>Das angepasste Event, das Ihr SMS-Double-Opt-in in Braze startet.</translation>
    </message>
    <message>
        <source>subscription_group_id for SMS</source>
        <translation>subscription_group_id für SMS</translation>
    </message>
    <message>
        <source>Custom event that starts double opt-in</source>
        <translation>Angepasstes Event, das das Double Opt-in startet</translation>
    </message>
    <message>
        <source>E-mail acquisition</source>
        <translation>E-Mail-Akquise</translation>
    </message>
    <message>
        <source>Looks the address up with users/export/ids. An existing user gets no new profile (optionally a participation attribute); a new one gets an alias-only profile with the address as alias name and the label &quot;email&quot; (optionally a custom event).</source>
        <translation>Sucht die Adresse mit users/export/ids. Bestehende Nutzer:innen erhalten kein neues Profil (optional ein Teilnahme-Attribut); neue erhalten ein reines Alias-Profil mit der Adresse als Alias-Name und dem Label „email“ (optional ein angepasstes Event).</translation>
    </message>
    <message>
        <source>Participation attribute (optional)</source>
        <translation>Teilnahme-Attribut (optional)</translation>
    </message>
    <message>
        <source>Custom event for new profiles (optional)</source>
        <translation>Angepasstes Event für neue Profile (optional)</translation>
    </message>
    <message>
        <source>Look up the user by e-mail address</source>
        <translation>Nutzer:in per E-Mail-Adresse suchen</translation>
    </message>
    <message>
        <source>Mark the existing user as a participant</source>
        <translation>Bestehende:n Nutzer:in als Teilnehmer:in markieren</translation>
    </message>
    <message>
        <source>Create an alias-only profile keyed by the e-mail address</source>
        <translation>Reines Alias-Profil mit der E-Mail-Adresse als Schlüssel anlegen</translation>
    </message>
    <message>
        <source>Log the participation event</source>
        <translation>Teilnahme-Event protokollieren</translation>
    </message>
    <message>
        <source>SMS subscription</source>
        <translation>SMS-Abonnement</translation>
    </message>
    <message>
        <source>Wait after creating a profile (seconds)</source>
        <translation>Wartezeit nach dem Anlegen eines Profils (Sekunden)</translation>
    </message>
    <message>
        <source>Check the number&apos;s subscription state</source>
        <translation>Abo-Status der Nummer prüfen</translation>
    </message>
    <message>
        <source>Already subscribed?</source>
        <translation>Bereits angemeldet?</translation>
    </message>
    <message>
        <source>The number is already subscribed: Quikly credits the user, nothing else to do.</source>
        <translation>Die Nummer ist bereits angemeldet: Quikly schreibt der:dem Nutzer:in die Teilnahme gut, sonst ist nichts zu tun.</translation>
    </message>
    <message>
        <source>Give Braze time to finish the new profile</source>
        <translation>Braze Zeit geben, das neue Profil fertigzustellen</translation>
    </message>
    <message>
        <source>Subscribe the number to the SMS group</source>
        <translation>Nummer in der SMS-Gruppe anmelden</translation>
    </message>
    <message>
        <source>Check that the number is subscribed</source>
        <translation>Prüfen, ob die Nummer angemeldet ist</translation>
    </message>
    <message>
        <source>SMS subscription with double opt-in</source>
        <translation>SMS-Abonnement mit Double Opt-in</translation>
    </message>
    <message>
        <source>Like the SMS subscription, but instead of setting the state Quikly sends the custom event that starts Braze&apos;s double opt-in, then checks the state regularly until the user has confirmed.</source>
        <translation>Wie das SMS-Abonnement, aber statt den Status zu setzen, sendet Quikly das angepasste Event, das das Double Opt-in von Braze startet, und prüft dann regelmäßig den Status, bis die:der Nutzer:in bestätigt hat.</translation>
    </message>
    <message>
        <source>Check the state every (seconds)</source>
        <translation>Prüfintervall (Sekunden)</translation>
    </message>
    <message>
        <source>Give up after (seconds)</source>
        <translation>Aufgeben nach (Sekunden)</translation>
    </message>
    <message>
        <source>Store the number on the existing profile</source>
        <translation>Nummer im bestehenden Profil speichern</translation>
    </message>
    <message>
        <source>Send the double opt-in event</source>
        <translation>Double-Opt-in-Event senden</translation>
    </message>
    <message>
        <source>Wait until the user confirms the opt-in</source>
        <translation>Warten, bis die:der Nutzer:in das Opt-in bestätigt</translation>
    </message>
    <message>
        <source>Check that a Braze campaign or Canvas is triggered by the double opt-in event and sends the opt-in SMS, and that the event name matches.</source>
        <translation>Prüfen Sie, ob eine Braze-Kampagne oder ein Canvas durch das Double-Opt-in-Event ausgelöst wird und die Opt-in-SMS sendet, und ob der Event-Name übereinstimmt.</translation>
    </message>
    <message>
        <source>Quikly webhook</source>
        <translation>Quikly-Webhook</translation>
    </message>
    <message>
        <source>Opens the Quikly webhook preset (POST to https://api.quikly.com/webhook/braze with q_scope, event and email) in the webhook builder.</source>
        <translation>Öffnet die Quikly-Webhook-Vorgabe (POST an https://api.quikly.com/webhook/braze mit q_scope, event und email) im Webhook-Builder.</translation>
    </message>
    <message>
        <source>Open the Quikly webhook preset in the builder</source>
        <translation>Quikly-Webhook-Vorgabe im Builder öffnen</translation>
    </message>
    <message>
        <source>SmarterSends</source>
        <translation>SmarterSends</translation>
    </message>
    <message>
        <source>Distributed marketing: local teams create, schedule and send brand-compliant e-mail campaigns through one Braze API campaign, with a message variation per SmarterSends group.</source>
        <translation>Distributed Marketing: Lokale Teams erstellen, planen und versenden markenkonforme E-Mail-Kampagnen über eine Braze-API-Kampagne, mit einer Nachrichtenvariante pro SmarterSends-Gruppe.</translation>
    </message>
    <message>
        <source>For extra security, add SmarterSends&apos; IP address (shown in your SmarterSends instance) to the key&apos;s Whitelist IPs in Braze.</source>
        <translation>Für zusätzliche Sicherheit tragen Sie die IP-Adresse von SmarterSends (in Ihrer SmarterSends-Instanz angezeigt) in die IP-Whitelist des Schlüssels in Braze ein.</translation>
    </message>
    <message>
        <source>A SmarterSends account.</source>
        <translation>Ein SmarterSends-Konto.</translation>
    </message>
    <message>
        <source>An API campaign with an e-mail channel: the identifier of every send made through SmarterSends.</source>
        <translation>Eine API-Kampagne mit E-Mail-Kanal: die Kennung jedes Versands über SmarterSends.</translation>
    </message>
    <message>
        <source>The App ID (Settings › App Settings, labelled &quot;API key&quot; there: not the REST key).</source>
        <translation>Die App-ID (Einstellungen › App-Einstellungen, dort als „API-Schlüssel“ bezeichnet: nicht der REST-Schlüssel).</translation>
    </message>
    <message>
        <source>App ID</source>
        <translation>App-ID</translation>
    </message>
    <message>
        <source>Settings › App Settings in Braze; paste it into the App ID field in SmarterSends.</source>
        <translation>Einstellungen › App-Einstellungen in Braze; fügen Sie sie in SmarterSends in das Feld „App ID“ ein.</translation>
    </message>
    <message>
        <source>API campaign ID</source>
        <translation>ID der API-Kampagne</translation>
    </message>
    <message>
        <source>Create an API campaign with an e-mail channel in Braze and copy its ID.</source>
        <translation>Erstellen Sie in Braze eine API-Kampagne mit E-Mail-Kanal und kopieren Sie ihre ID.</translation>
    </message>
    <message>
        <source>Default message variation ID</source>
        <translation>ID der Standard-Nachrichtenvariante</translation>
    </message>
    <message>
        <source>Used for groups without their own variation.</source>
        <translation>Wird für Gruppen ohne eigene Variante verwendet.</translation>
    </message>
    <message>
        <source>SmarterSends groups</source>
        <translation>SmarterSends-Gruppen</translation>
    </message>
    <message>
        <source>Give each group its own message variation to see its sends separately in Braze&apos;s reports.</source>
        <translation>Geben Sie jeder Gruppe eine eigene Nachrichtenvariante, um ihre Sendungen in den Berichten von Braze getrennt zu sehen.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Message variation ID</source>
        <translation>ID der Nachrichtenvariante</translation>
    </message>
    <message>
        <source>Campaign ID</source>
        <translation>Kampagnen-ID</translation>
    </message>
    <message>
        <source>Message variation ID (default)</source>
        <translation>ID der Nachrichtenvariante (Standard)</translation>
    </message>
    <message>
        <source>Message variation ID per group</source>
        <translation>ID der Nachrichtenvariante pro Gruppe</translation>
    </message>
    <message>
        <source>IP allowlist</source>
        <translation>IP-Allowlist</translation>
    </message>
    <message>
        <source>Verify the key&apos;s permissions</source>
        <translation>Berechtigungen des Schlüssels prüfen</translation>
    </message>
    <message>
        <source>Checks that the REST API key holds all ten permissions SmarterSends needs.</source>
        <translation>Prüft, ob der REST-API-Schlüssel alle zehn Berechtigungen hat, die SmarterSends benötigt.</translation>
    </message>
    <message>
        <source>Check the ten permissions</source>
        <translation>Die zehn Berechtigungen prüfen</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Lists the workspace&apos;s segments as SmarterSends sees them and shows the details and daily size of one.</source>
        <translation>Listet die Segmente des Workspace so auf, wie SmarterSends sie sieht, und zeigt Details und tägliche Größe eines Segments.</translation>
    </message>
    <message>
        <source>Segment ID (empty: the first one)</source>
        <translation>Segment-ID (leer: das erste)</translation>
    </message>
    <message>
        <source>List the segments</source>
        <translation>Segmente auflisten</translation>
    </message>
    <message>
        <source>Read the segment&apos;s details</source>
        <translation>Details des Segments lesen</translation>
    </message>
    <message>
        <source>Read the segment&apos;s size over 14 days</source>
        <translation>Größe des Segments über 14 Tage lesen</translation>
    </message>
    <message>
        <source>Schedule, move and cancel a message</source>
        <translation>Nachricht planen, verschieben und stornieren</translation>
    </message>
    <message>
        <source>Schedules an e-mail through the API campaign and a message variation for a test user or a segment, moves it by a day, then deletes it before it is sent.</source>
        <translation>Plant eine E-Mail über die API-Kampagne und eine Nachrichtenvariante für eine:n Testnutzer:in oder ein Segment, verschiebt sie um einen Tag und löscht sie dann, bevor sie gesendet wird.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Schedule the e-mail for tomorrow</source>
        <translation>E-Mail für morgen planen</translation>
    </message>
    <message>
        <source>Move it to the day after</source>
        <translation>Auf übermorgen verschieben</translation>
    </message>
    <message>
        <source>Cancel the scheduled e-mail</source>
        <translation>Geplante E-Mail stornieren</translation>
    </message>
    <message>
        <source>Send ID and its statistics</source>
        <translation>Send-ID und ihre Statistiken</translation>
    </message>
    <message>
        <source>Creates a send ID for the API campaign (Braze allows 100 a day) and reads its statistics.</source>
        <translation>Erstellt eine Send-ID für die API-Kampagne (Braze erlaubt 100 pro Tag) und liest ihre Statistiken.</translation>
    </message>
    <message>
        <source>Send ID</source>
        <translation>Send-ID</translation>
    </message>
    <message>
        <source>Create the send ID</source>
        <translation>Send-ID erstellen</translation>
    </message>
    <message>
        <source>Read the send&apos;s statistics</source>
        <translation>Statistiken des Versands lesen</translation>
    </message>
    <message>
        <source>Checks the number&apos;s state in the subscription group; if it is subscribed, the user is credited. Otherwise looks the user up by e-mail: stores the number on the profile it finds, or creates an alias-only profile with it and waits for Braze to finish the profile (about 2 minutes); then subscribes the number and checks the state.</source>
        <translation>Prüft den Status der Nummer in der Abo-Gruppe; ist sie abonniert, wird der:dem Nutzer:in gutgeschrieben. Andernfalls wird das Nutzerprofil per E-Mail gesucht: Die Nummer wird im gefundenen Profil gespeichert, oder ein reines Alias-Profil mit ihr wird angelegt und gewartet, bis Braze das Profil fertiggestellt hat (etwa 2 Minuten); dann wird die Nummer abonniert und der Status geprüft.</translation>
    </message>
    <message>
        <source>API-triggered Canvas ID</source>
        <translation>ID des API-getriggerten Canvas</translation>
    </message>
    <message>
        <source>A Canvas with API-triggered entry that ActionIQ starts; optional, needed only to trigger a Canvas.</source>
        <translation>Ein Canvas mit API-getriggertem Eintritt, den ActionIQ startet; optional, nur nötig, um einen Canvas zu triggern.</translation>
    </message>
    <message>
        <source>Only needed when ActionIQ triggers a Canvas instead of a campaign.</source>
        <translation>Nur nötig, wenn ActionIQ statt einer Kampagne einen Canvas triggert.</translation>
    </message>
    <message>
        <source>Canvas ID for triggered Canvases</source>
        <translation>Canvas-ID für getriggerte Canvase</translation>
    </message>
    <message>
        <source>Trigger a Canvas</source>
        <translation>Einen Canvas triggern</translation>
    </message>
    <message>
        <source>Triggers the API-triggered Canvas for a test user with Canvas entry properties, as ActionIQ does, and checks on the profile that the user entered it.</source>
        <translation>Triggert den API-getriggerten Canvas für eine:n Testnutzer:in mit Canvas-Eingangseigenschaften, wie ActionIQ es tut, und prüft am Profil, dass der Canvas betreten wurde.</translation>
    </message>
    <message>
        <source>Canvas entry properties (JSON object)</source>
        <translation>Canvas-Eingangseigenschaften (JSON-Objekt)</translation>
    </message>
    <message>
        <source>Note when the user last entered the Canvas</source>
        <translation>Festhalten, wann die Person den Canvas zuletzt betreten hat</translation>
    </message>
    <message>
        <source>Trigger the Canvas for the test user</source>
        <translation>Den Canvas für die Testperson triggern</translation>
    </message>
    <message>
        <source>Check the user entered the Canvas</source>
        <translation>Prüfen, dass die Person den Canvas betreten hat</translation>
    </message>
    <message>
        <source>Quikly website</source>
        <translation>Website von Quikly</translation>
    </message>
    <message>
        <source>Quikly Hype (product overview)</source>
        <translation>Quikly Hype (Produktübersicht)</translation>
    </message>
    <message>
        <source>Quikly Swap (product overview)</source>
        <translation>Quikly Swap (Produktübersicht)</translation>
    </message>
    <message>
        <source>SmarterSends website</source>
        <translation>Website von SmarterSends</translation>
    </message>
    <message>
        <source>ActionIQ website</source>
        <translation>Website von ActionIQ</translation>
    </message>
    <message>
        <source>Outgrow: configuring the native integration with Braze</source>
        <translation>Outgrow: native Integration mit Braze einrichten</translation>
    </message>
    <message>
        <source>Outgrow website</source>
        <translation>Website von Outgrow</translation>
    </message>
</context>
<context>
    <name>Integrations::ApiCallStep</name>
    <message>
        <source>No connection to Braze is set up for this workspace.</source>
        <translation>Für diesen Workspace ist keine Verbindung zu Braze eingerichtet.</translation>
    </message>
    <message>
        <source>Correct the value in the workflow&apos;s parameters or the partner&apos;s settings.</source>
        <translation>Korrigieren Sie den Wert in den Parametern des Workflows oder in den Einstellungen des Partners.</translation>
    </message>
    <message numerus="yes">
        <source>Braze&apos;s rate limit is reached: retrying in %n s</source>
        <translation>
            <numerusform>Rate-Limit von Braze erreicht: neuer Versuch in %n s</numerusform>
            <numerusform>Rate-Limit von Braze erreicht: neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Attempt %1 failed; trying again in %2 s</source>
        <translation>Versuch %1 fehlgeschlagen; neuer Versuch in %2 s</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Integrations::PollStep</name>
    <message>
        <source>The step to repeat (%1) is unknown.</source>
        <translation>Der zu wiederholende Schritt (%1) ist unbekannt.</translation>
    </message>
    <message numerus="yes">
        <source>After %n check(s): %1</source>
        <translation>
            <numerusform>Nach %n Prüfung: %1</numerusform>
            <numerusform>Nach %n Prüfungen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Still &quot;%1&quot; after %n check(s); gave up waiting for &quot;%2&quot;.</source>
        <translation>
            <numerusform>Nach %n Prüfung immer noch „%1“; Warten auf „%2“ aufgegeben.</numerusform>
            <numerusform>Nach %n Prüfungen immer noch „%1“; Warten auf „%2“ aufgegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check %1: %2 — next check in %3 s</source>
        <translation>Prüfung %1: %2 – nächste Prüfung in %3 s</translation>
    </message>
</context>
<context>
    <name>Integrations::StepArgs</name>
    <message>
        <source>No user given: fill in the test user.</source>
        <translation>Keine Nutzer:in angegeben: Tragen Sie die:den Testnutzer:in ein.</translation>
    </message>
</context>
<context>
    <name>Integrations::SubscriptionGroupCheck</name>
    <message>
        <source>Not checked: no connection to Braze is set up for this workspace.</source>
        <translation>Nicht geprüft: Für diesen Workspace ist keine Verbindung zu Braze eingerichtet.</translation>
    </message>
    <message>
        <source>Braze does not accept this ID as a %1 subscription group: %2</source>
        <translation>Braze akzeptiert diese ID nicht als %1-Abo-Gruppe: %2</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Not checked: the key lacks subscription.status.get.</source>
        <translation>Nicht geprüft: Dem Schlüssel fehlt subscription.status.get.</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>Nicht geprüft: %1</translation>
    </message>
</context>
<context>
    <name>Integrations::VerifyPermissionsStep</name>
    <message>
        <source>No connection to Braze is set up for this workspace.</source>
        <translation>Für diesen Workspace ist keine Verbindung zu Braze eingerichtet.</translation>
    </message>
    <message>
        <source>Checked %1 of %2 permissions</source>
        <translation>%1 von %2 Berechtigungen geprüft</translation>
    </message>
    <message numerus="yes">
        <source>The key holds all %n permission(s).</source>
        <translation>
            <numerusform>Der Schlüssel hat die %n benötigte Berechtigung.</numerusform>
            <numerusform>Der Schlüssel hat alle %n Berechtigungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The key lacks: %1.</source>
        <translation>Dem Schlüssel fehlt: %1.</translation>
    </message>
    <message>
        <source>In Braze, open Settings › APIs and Identifiers › API Keys, edit the key and tick the missing permissions.</source>
        <translation>Öffnen Sie in Braze Einstellungen › APIs und Kennungen › API-Schlüssel, bearbeiten Sie den Schlüssel und aktivieren Sie die fehlenden Berechtigungen.</translation>
    </message>
    <message>
        <source>Granted as far as can be checked; unknown: %1.</source>
        <translation>Erteilt, soweit prüfbar; unbekannt: %1.</translation>
    </message>
</context>
<context>
    <name>Integrations::WaitStep</name>
    <message numerus="yes">
        <source>Waiting: %n s left</source>
        <translation>
            <numerusform>Warten: noch %n s</numerusform>
            <numerusform>Warten: noch %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waited %n s.</source>
        <translation>
            <numerusform>%n s gewartet.</numerusform>
            <numerusform>%n s gewartet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Integrations::WorkflowRunner</name>
    <message>
        <source>Not needed here.</source>
        <translation>Hier nicht nötig.</translation>
    </message>
    <message>
        <source>All steps passed.</source>
        <translation>Alle Schritte bestanden.</translation>
    </message>
    <message>
        <source>Step %1, &quot;%2&quot;, failed: %3</source>
        <translation>Schritt %1, „%2“, fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Cancelled during step %1, &quot;%2&quot;.</source>
        <translation>Während Schritt %1, „%2“, abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Integrations::WorkflowStepModel</name>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
    <message>
        <source>✔ passed</source>
        <translation>✔ bestanden</translation>
    </message>
    <message>
        <source>✘ failed</source>
        <translation>✘ fehlgeschlagen</translation>
    </message>
    <message>
        <source>– skipped</source>
        <translation>– übersprungen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>✔ done</source>
        <translation>✔ erledigt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>%L1 ms</source>
        <translation>%L1 ms</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
</context>
<context>
    <name>JsonText</name>
    <message>
        <source>an object is not closed: a } or a comma is missing</source>
        <translation>ein Objekt ist nicht geschlossen: Es fehlt eine } oder ein Komma</translation>
    </message>
    <message>
        <source>a colon is missing after a key</source>
        <translation>nach einem Schlüssel fehlt ein Doppelpunkt</translation>
    </message>
    <message>
        <source>a list is not closed: a ] or a comma is missing</source>
        <translation>eine Liste ist nicht geschlossen: Es fehlt eine ] oder ein Komma</translation>
    </message>
    <message>
        <source>a comma is missing between two values</source>
        <translation>zwischen zwei Werten fehlt ein Komma</translation>
    </message>
    <message>
        <source>this is not a JSON value (text must be in double quotes)</source>
        <translation>das ist kein JSON-Wert (Text muss in doppelten Anführungszeichen stehen)</translation>
    </message>
    <message>
        <source>the text ends inside a number</source>
        <translation>der Text endet mitten in einer Zahl</translation>
    </message>
    <message>
        <source>this number is not valid JSON</source>
        <translation>diese Zahl ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>invalid escape sequence after a backslash</source>
        <translation>ungültige Escape-Sequenz nach einem Backslash</translation>
    </message>
    <message>
        <source>invalid characters in a string</source>
        <translation>ungültige Zeichen in einem String</translation>
    </message>
    <message>
        <source>a string is not closed: a double quote is missing</source>
        <translation>ein String ist nicht geschlossen: Es fehlt ein doppeltes Anführungszeichen</translation>
    </message>
    <message>
        <source>the body must be a JSON object or list</source>
        <translation>der Anfragetext muss ein JSON-Objekt oder eine Liste sein</translation>
    </message>
    <message>
        <source>there is more text after the end of the JSON</source>
        <translation>nach dem Ende des JSON folgt weiterer Text</translation>
    </message>
    <message>
        <source>this is not valid JSON</source>
        <translation>das ist kein gültiges JSON</translation>
    </message>
</context>
<context>
    <name>KeyValueTable</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Value (Liquid allowed)</source>
        <translation>Wert (Liquid erlaubt)</translation>
    </message>
</context>
<context>
    <name>Liquid</name>
    <message>
        <source>abort_message takes a reason in quotes: {% abort_message(&apos;reason&apos;) %}</source>
        <translation>abort_message erwartet einen Grund in Anführungszeichen: {% abort_message(&apos;Grund&apos;) %}</translation>
    </message>
    <message>
        <source>{% %1 %} only works in Braze; the preview leaves it empty</source>
        <translation>{% %1 %} funktioniert nur in Braze; die Vorschau lässt es leer</translation>
    </message>
    <message>
        <source>content block &apos;%1&apos; was not found</source>
        <translation>Content Block „%1“ wurde nicht gefunden</translation>
    </message>
    <message>
        <source>template &apos;%1&apos; was not found</source>
        <translation>Template „%1“ wurde nicht gefunden</translation>
    </message>
    <message>
        <source>invalid integer in range %1</source>
        <translation>ungültige Ganzzahl im Bereich %1</translation>
    </message>
    <message>
        <source>%1: wrong number of arguments (given %2, expected %3)</source>
        <translation>%1: falsche Anzahl an Argumenten (%2 angegeben, %3 erwartet)</translation>
    </message>
    <message>
        <source>comparison of %1 with %2 failed</source>
        <translation>Vergleich von %1 mit %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the file has no &quot;tests&quot; list</source>
        <translation>die Datei hat keine „tests“-Liste</translation>
    </message>
    <message>
        <source>unexpected text after the JSON value</source>
        <translation>unerwarteter Text nach dem JSON-Wert</translation>
    </message>
    <message>
        <source>invalid JSON at character %1: %2</source>
        <translation>ungültiges JSON bei Zeichen %1: %2</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>zu tief verschachtelt</translation>
    </message>
    <message>
        <source>unexpected end of input</source>
        <translation>unerwartetes Ende der Eingabe</translation>
    </message>
    <message>
        <source>expected a quoted key</source>
        <translation>Schlüssel in Anführungszeichen erwartet</translation>
    </message>
    <message>
        <source>expected &apos;:&apos;</source>
        <translation>&apos;:&apos; erwartet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>&apos;,&apos; oder &apos;}&apos; erwartet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>&apos;,&apos; oder &apos;]&apos; erwartet</translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation>unerwartetes Zeichen</translation>
    </message>
    <message>
        <source>bad \u escape</source>
        <translation>ungültiges \u-Escape</translation>
    </message>
    <message>
        <source>bad escape</source>
        <translation>ungültiges Escape</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>nicht abgeschlossener String</translation>
    </message>
    <message>
        <source>bad number</source>
        <translation>ungültige Zahl</translation>
    </message>
    <message>
        <source>output &apos;{{&apos; was not closed with &apos;}}&apos;</source>
        <translation>Ausgabe &apos;{{&apos; wurde nicht mit &apos;}}&apos; geschlossen</translation>
    </message>
    <message>
        <source>tag &apos;{%&apos; was not closed with &apos;%}&apos;</source>
        <translation>Tag &apos;{%&apos; wurde nicht mit &apos;%}&apos; geschlossen</translation>
    </message>
    <message>
        <source>tag &apos;%1&apos; has no name</source>
        <translation>Tag &apos;%1&apos; hat keinen Namen</translation>
    </message>
    <message>
        <source>undefined variable %1</source>
        <translation>undefinierte Variable %1</translation>
    </message>
    <message>
        <source>the template needs more than %1 steps to render (console limit); look for loops over very large lists</source>
        <translation>das Template braucht mehr als %1 Schritte zum Rendern (Limit der Konsole); suchen Sie nach Schleifen über sehr große Listen</translation>
    </message>
    <message>
        <source>loops ran more than %1 times in total (console limit); add a limit: to large loops</source>
        <translation>Schleifen liefen insgesamt mehr als %1-mal (Limit der Konsole); fügen Sie großen Schleifen ein limit: hinzu</translation>
    </message>
    <message>
        <source>the rendered text is longer than %1 characters (console limit)</source>
        <translation>der gerenderte Text ist länger als %1 Zeichen (Limit der Konsole)</translation>
    </message>
    <message>
        <source>cycle needs values: {% cycle &apos;a&apos;, &apos;b&apos; %}</source>
        <translation>cycle braucht Werte: {% cycle &apos;a&apos;, &apos;b&apos; %}</translation>
    </message>
    <message>
        <source>%1 needs a loop variable: {% %1 item in list %}</source>
        <translation>%1 braucht eine Schleifenvariable: {% %1 item in list %}</translation>
    </message>
    <message>
        <source>expected &apos;in&apos; after &apos;%1&apos;</source>
        <translation>&apos;in&apos; nach &apos;%1&apos; erwartet</translation>
    </message>
    <message>
        <source>invalid integer &apos;%1&apos; in %2</source>
        <translation>ungültige Ganzzahl &apos;%1&apos; in %2</translation>
    </message>
    <message>
        <source>abort_message takes a reason in quotes: {% abort_message(&apos;reason&apos;) %}; the message aborts with the text as written</source>
        <translation>abort_message erwartet einen Grund in Anführungszeichen: {% abort_message(&apos;Grund&apos;) %}; die Nachricht wird mit dem Text wie geschrieben abgebrochen</translation>
    </message>
    <message>
        <source>Unknown operator %1</source>
        <translation>Unbekannter Operator %1</translation>
    </message>
    <message>
        <source>unknown filter &apos;%1&apos;</source>
        <translation>unbekannter Filter &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the catalog &apos;%1&apos; is not in the preview&apos;s catalog data</source>
        <translation>Der Katalog &apos;%1&apos; fehlt in den Katalogdaten der Vorschau</translation>
    </message>
    <message>
        <source>the catalog &apos;%1&apos; has no selection &apos;%2&apos; in the preview&apos;s catalog data</source>
        <translation>Der Katalog &apos;%1&apos; hat in den Katalogdaten der Vorschau keine Auswahl &apos;%2&apos;</translation>
    </message>
    <message>
        <source>content block &apos;%1&apos; is %2 KB; Braze holds at most 50 KB per block</source>
        <translation>Content Block &apos;%1&apos; ist %2 KB groß; Braze speichert höchstens 50 KB pro Block</translation>
    </message>
</context>
<context>
    <name>Liquid::BrazeTags</name>
    <message>
        <source>connected_content needs a URL first</source>
        <translation>connected_content braucht zuerst eine URL</translation>
    </message>
    <message>
        <source>connected_content does not know the option &apos;%1&apos;</source>
        <translation>connected_content kennt die Option &apos;%1&apos; nicht</translation>
    </message>
    <message>
        <source>connected_content needs a URL</source>
        <translation>connected_content braucht eine URL</translation>
    </message>
    <message>
        <source>connected_content does not know the option &apos;%1&apos;; it is ignored</source>
        <translation>connected_content kennt die Option &apos;%1&apos; nicht; sie wird ignoriert</translation>
    </message>
    <message>
        <source>:rerender renders Liquid in catalog items; connected_content ignores it</source>
        <translation>:rerender rendert Liquid in Katalogartikeln; connected_content ignoriert es</translation>
    </message>
    <message>
        <source>connected_content %1 needs a value</source>
        <translation>connected_content %1 braucht einen Wert</translation>
    </message>
    <message>
        <source>the preview does not call connected content URLs</source>
        <translation>die Vorschau ruft keine Connected-Content-URLs auf</translation>
    </message>
    <message>
        <source>connected_content :method must be get or post</source>
        <translation>connected_content :method muss get oder post sein</translation>
    </message>
    <message>
        <source>connected_content :headers must be a JSON object like {&quot;Name&quot;: &quot;value&quot;}</source>
        <translation>connected_content :headers muss ein JSON-Objekt wie {&quot;Name&quot;: &quot;value&quot;} sein</translation>
    </message>
    <message>
        <source>write {% catalog_selection_items catalog_name selection_name %}</source>
        <translation>schreiben Sie {% catalog_selection_items katalogname auswahlname %}</translation>
    </message>
    <message>
        <source>write {% catalog_items catalog_name item_id [item_id…] %}</source>
        <translation>schreiben Sie {% catalog_items katalogname artikel_id [artikel_id…] %}</translation>
    </message>
    <message>
        <source>write {% message_extras :key name :value value %}</source>
        <translation>schreiben Sie {% message_extras :key name :value wert %}</translation>
    </message>
    <message>
        <source>message_extras does not expect &apos;%1&apos;; %2</source>
        <translation>message_extras erwartet &apos;%1&apos; nicht; %2</translation>
    </message>
    <message>
        <source>message_extras needs :key before :value; Braze does not attach this pair</source>
        <translation>message_extras braucht :key vor :value; Braze hängt dieses Paar nicht an</translation>
    </message>
    <message>
        <source>message_extras %1 has no value; %2</source>
        <translation>message_extras %1 hat keinen Wert; %2</translation>
    </message>
    <message>
        <source>message_extras takes variables but no tags; Braze does not attach this pair</source>
        <translation>message_extras nimmt Variablen, aber keine Tags; Braze hängt dieses Paar nicht an</translation>
    </message>
    <message>
        <source>message_extras needs both :key and :value; %1</source>
        <translation>message_extras braucht :key und :value; %1</translation>
    </message>
    <message>
        <source>promotion needs the list&apos;s name in quotes: {% promotion(&apos;list_name&apos;) %}</source>
        <translation>promotion braucht den Namen der Liste in Anführungszeichen: {% promotion(&apos;listenname&apos;) %}</translation>
    </message>
    <message>
        <source>the preview shows a sample code; Braze takes one code from &apos;%1&apos; each time this message renders, even when the branch of the &apos;%2&apos; at line %3 is not taken</source>
        <translation>Die Vorschau zeigt einen Beispielcode; Braze verbraucht bei jedem Rendern dieser Nachricht einen Code aus &apos;%1&apos;, auch wenn der Zweig des &apos;%2&apos; in Zeile %3 nicht genommen wird</translation>
    </message>
    <message>
        <source>the preview shows a sample code; Braze takes one code from &apos;%1&apos; each time this message renders</source>
        <translation>Die Vorschau zeigt einen Beispielcode; Braze verbraucht bei jedem Rendern dieser Nachricht einen Code aus &apos;%1&apos;</translation>
    </message>
    <message>
        <source>not fetched: one render makes at most %1 connected content calls (console limit)</source>
        <translation>nicht abgerufen: Ein Rendern macht höchstens %1 Connected-Content-Aufrufe (Grenze der Konsole)</translation>
    </message>
    <message>
        <source>connected_content :cache_max_age takes seconds from 300 to 14400; Braze keeps &apos;%1&apos; within that range</source>
        <translation>connected_content :cache_max_age nimmt Sekunden von 300 bis 14400; Braze hält &apos;%1&apos; in diesem Bereich</translation>
    </message>
    <message>
        <source>connected_content %1 failed (%2); with :retry Braze tries it up to %3 more times with growing waits and aborts the message when every try fails</source>
        <translation>connected_content %1 ist fehlgeschlagen (%2); mit :retry versucht Braze es bis zu %3 weitere Male mit wachsenden Wartezeiten und bricht die Nachricht ab, wenn jeder Versuch scheitert</translation>
    </message>
    <message>
        <source>message_extras: the key &apos;%1&apos; is already set; Braze keeps the first value</source>
        <translation>message_extras: Der Schlüssel &apos;%1&apos; ist bereits gesetzt; Braze behält den ersten Wert</translation>
    </message>
    <message>
        <source>message_extras: keys and values exceed 1 KB in total; Braze cuts &apos;%1&apos; and anything after it</source>
        <translation>message_extras: Schlüssel und Werte überschreiten zusammen 1 KB; Braze kürzt &apos;%1&apos; und alles danach</translation>
    </message>
    <message>
        <source>the catalog name rendered empty; Braze finds no items</source>
        <translation>Der Katalogname ist leer gerendert; Braze findet keine Artikel</translation>
    </message>
    <message>
        <source>the preview has no catalog data: connect a workspace or choose a catalog file; &apos;items&apos; stays empty</source>
        <translation>Die Vorschau hat keine Katalogdaten: Verbinden Sie einen Workspace oder wählen Sie eine Katalogdatei; &apos;items&apos; bleibt leer</translation>
    </message>
    <message>
        <source>the catalog &apos;%1&apos; has no item &apos;%2&apos;; Braze leaves it out of &apos;items&apos;</source>
        <translation>Der Katalog &apos;%1&apos; hat keinen Artikel &apos;%2&apos;; Braze lässt ihn in &apos;items&apos; weg</translation>
    </message>
    <message>
        <source>:rerender: the catalog field &apos;%1&apos; is not valid Liquid: %2</source>
        <translation>:rerender: Das Katalogfeld &apos;%1&apos; ist kein gültiges Liquid: %2</translation>
    </message>
</context>
<context>
    <name>Liquid::ExpressionParser</name>
    <message>
        <source>the end of the tag</source>
        <translation>das Ende des Tags</translation>
    </message>
    <message>
        <source>unexpected %1</source>
        <translation>unerwartet: %1</translation>
    </message>
    <message>
        <source>expected a filter name after &apos;|&apos; but found %1</source>
        <translation>Filtername nach &apos;|&apos; erwartet, aber %1 gefunden</translation>
    </message>
    <message>
        <source>unknown filter &apos;%1&apos;</source>
        <translation>unbekannter Filter &apos;%1&apos;</translation>
    </message>
    <message>
        <source>; did you mean &apos;%1&apos;?</source>
        <translation>; meinten Sie &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>expression nested too deeply</source>
        <translation>Ausdruck zu tief verschachtelt</translation>
    </message>
    <message>
        <source>expected &apos;..&apos; in a range like (1..5) but found %1</source>
        <translation>&apos;..&apos; in einem Bereich wie (1..5) erwartet, aber %1 gefunden</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; to close the range but found %1</source>
        <translation>&apos;)&apos; zum Schließen des Bereichs erwartet, aber %1 gefunden</translation>
    </message>
    <message>
        <source>expected &apos;}}&apos; but found %1</source>
        <translation>&apos;}}&apos; erwartet, aber %1 gefunden</translation>
    </message>
    <message>
        <source>expected a value but found %1</source>
        <translation>Wert erwartet, aber %1 gefunden</translation>
    </message>
    <message>
        <source>expected &apos;]&apos; but found %1</source>
        <translation>&apos;]&apos; erwartet, aber %1 gefunden</translation>
    </message>
    <message>
        <source>expected a property name after &apos;.&apos; but found %1</source>
        <translation>Eigenschaftsname nach &apos;.&apos; erwartet, aber %1 gefunden</translation>
    </message>
    <message>
        <source>unknown operator %1; use ==, !=, &lt;, &gt;, &lt;=, &gt;=, contains, and, or</source>
        <translation>unbekannter Operator %1; verwenden Sie ==, !=, &lt;, &gt;, &lt;=, &gt;=, contains, and, or</translation>
    </message>
    <message>
        <source>condition has too many parts</source>
        <translation>Bedingung hat zu viele Teile</translation>
    </message>
    <message>
        <source>expected name: value but found %1</source>
        <translation>name: wert erwartet, aber %1 gefunden</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after &apos;%1&apos;</source>
        <translation>&apos;:&apos; nach &apos;%1&apos; erwartet</translation>
    </message>
    <message>
        <source>filters do not work in a condition: assign the filtered value first</source>
        <translation>Filter wirken in einer Bedingung nicht: weisen Sie den gefilterten Wert zuerst mit assign zu</translation>
    </message>
    <message>
        <source>write &apos;and&apos; or &apos;or&apos;</source>
        <translation>schreiben Sie &apos;and&apos; oder &apos;or&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is ignored (lax parsing, as in Braze)</source>
        <translation>&apos;%1&apos; wird ignoriert (nachsichtiges Parsen wie in Braze)</translation>
    </message>
</context>
<context>
    <name>Liquid::Parser</name>
    <message>
        <source>the template is longer than %1 characters (console limit)</source>
        <translation>das Template ist länger als %1 Zeichen (Limit der Konsole)</translation>
    </message>
    <message>
        <source>blocks are nested more than %1 levels deep (console limit)</source>
        <translation>Blöcke sind mehr als %1 Ebenen tief verschachtelt (Limit der Konsole)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; tag was never closed; add {% %2 %}</source>
        <translation>Tag &apos;%1&apos; wurde nie geschlossen; fügen Sie {% %2 %} hinzu</translation>
    </message>
    <message>
        <source>&apos;%1&apos; tag does not expect &apos;else&apos;</source>
        <translation>Tag &apos;%1&apos; erwartet kein &apos;else&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not close &apos;%2&apos;; use {% %3 %}</source>
        <translation>&apos;%1&apos; schließt nicht &apos;%2&apos;; verwenden Sie {% %3 %}</translation>
    </message>
    <message>
        <source>unknown tag &apos;%1&apos;</source>
        <translation>unbekanntes Tag &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1; read as &apos;%2&apos; (lax parsing, as in Braze)</source>
        <translation>%1; gelesen als &apos;%2&apos; (nachsichtiges Parsen wie in Braze)</translation>
    </message>
    <message>
        <source>typographic quotes do not quote in Liquid: use straight quotes &apos; or &quot;</source>
        <translation>typografische Anführungszeichen gelten in Liquid nicht als Anführungszeichen: verwenden Sie gerade Anführungszeichen &apos; oder &quot;</translation>
    </message>
</context>
<context>
    <name>Liquid::Tags</name>
    <message>
        <source>&apos;%1&apos; needs a condition</source>
        <translation>&apos;%1&apos; braucht eine Bedingung</translation>
    </message>
    <message>
        <source>case needs a value: {% case variable %}</source>
        <translation>case braucht einen Wert: {% case variable %}</translation>
    </message>
    <message>
        <source>when needs a value to compare with</source>
        <translation>when braucht einen Vergleichswert</translation>
    </message>
    <message>
        <source>&apos;comment&apos; tag was never closed; add {% endcomment %}</source>
        <translation>Tag &apos;comment&apos; wurde nie geschlossen; fügen Sie {% endcomment %} hinzu</translation>
    </message>
    <message>
        <source>&apos;raw&apos; tag was never closed; add {% endraw %}</source>
        <translation>Tag &apos;raw&apos; wurde nie geschlossen; fügen Sie {% endraw %} hinzu</translation>
    </message>
    <message>
        <source>every line of an inline comment must start with &apos;#&apos;</source>
        <translation>jede Zeile eines Inline-Kommentars muss mit &apos;#&apos; beginnen</translation>
    </message>
    <message>
        <source>doc takes no arguments</source>
        <translation>doc erwartet keine Argumente</translation>
    </message>
    <message>
        <source>&apos;doc&apos; tag was never closed; add {% enddoc %}</source>
        <translation>Tag &apos;doc&apos; wurde nie geschlossen; fügen Sie {% enddoc %} hinzu</translation>
    </message>
    <message>
        <source>doc tags cannot be nested</source>
        <translation>doc-Tags können nicht verschachtelt werden</translation>
    </message>
    <message>
        <source>raw cannot be used inside a liquid tag</source>
        <translation>raw kann nicht in einem liquid-Tag verwendet werden</translation>
    </message>
    <message>
        <source>each line of a liquid tag must start with a tag name</source>
        <translation>jede Zeile eines liquid-Tags muss mit einem Tag-Namen beginnen</translation>
    </message>
    <message>
        <source>assign needs a name and a value: {% assign name = value %}</source>
        <translation>assign braucht einen Namen und einen Wert: {% assign name = value %}</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid variable name</source>
        <translation>&apos;%1&apos; ist kein gültiger Variablenname</translation>
    </message>
    <message>
        <source>assign needs a value after &apos;=&apos;</source>
        <translation>assign braucht einen Wert nach &apos;=&apos;</translation>
    </message>
    <message>
        <source>capture needs a variable name: {% capture name %}</source>
        <translation>capture braucht einen Variablennamen: {% capture name %}</translation>
    </message>
    <message>
        <source>%1 needs a counter name</source>
        <translation>%1 braucht einen Zählernamen</translation>
    </message>
    <message>
        <source>%1 needs a template name</source>
        <translation>%1 braucht einen Template-Namen</translation>
    </message>
    <message>
        <source>render needs the template name in quotes</source>
        <translation>render braucht den Template-Namen in Anführungszeichen</translation>
    </message>
    <message>
        <source>the name of an included template must be a string, not %1</source>
        <translation>der Name eines eingebundenen Templates muss ein String sein, nicht %1</translation>
    </message>
    <message>
        <source>templates include each other more than %1 levels deep (console limit); does a partial include itself?</source>
        <translation>Templates binden sich gegenseitig mehr als %1 Ebenen tief ein (Limit der Konsole); bindet sich ein Partial selbst ein?</translation>
    </message>
</context>
<context>
    <name>LogicSteps</name>
    <message>
        <source>No: the workflow continues.</source>
        <translation>Nein: Der Workflow wird fortgesetzt.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>Fill in every value the naming pattern uses.</source>
        <translation>Füllen Sie jeden Wert aus, den das Namensmuster verwendet.</translation>
    </message>
    <message>
        <source>The attribute name %1 is not valid: %2</source>
        <translation>Der Attributname %1 ist ungültig: %2</translation>
    </message>
    <message>
        <source>Change the naming pattern or the IDs.</source>
        <translation>Ändern Sie das Namensmuster oder die IDs.</translation>
    </message>
    <message>
        <source>The attribute is %1.</source>
        <translation>Das Attribut ist %1.</translation>
    </message>
    <message>
        <source>The webhook builder shows the %1 preset.</source>
        <translation>Der Webhook-Builder zeigt die Vorgabe %1.</translation>
    </message>
    <message>
        <source>Open the webhook builder and choose the preset &quot;%1&quot; (braze-cli webhook --preset %1).</source>
        <translation>Öffnen Sie den Webhook-Builder und wählen Sie die Vorgabe „%1“ (braze-cli webhook --preset %1).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Workspaces</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integrationen</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>Webhook templates</source>
        <translation>Webhook-Vorlagen</translation>
    </message>
    <message>
        <source>Test users</source>
        <translation>Testnutzer:innen</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>Anfrageprotokoll</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Braze Console</source>
        <translation>Ü&amp;ber Braze Console</translation>
    </message>
    <message>
        <source>About Braze Console</source>
        <translation>Über Braze Console</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Braze Console %1&lt;/h3&gt;&lt;p&gt;Set up, preview and test Braze partner integrations: Quikly, SmarterSends, ActionIQ and Outgrow.&lt;/p&gt;&lt;p&gt;The built-in sandbox imitates Braze&apos;s REST API on this computer, so everything can be tried without a Braze account.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Braze Console %1&lt;/h3&gt;&lt;p&gt;Braze-Partnerintegrationen einrichten, in der Vorschau ansehen und testen: Quikly, SmarterSends, ActionIQ und Outgrow.&lt;/p&gt;&lt;p&gt;Die integrierte Sandbox bildet die REST-API von Braze auf diesem Computer nach, sodass sich alles ohne Braze-Konto ausprobieren lässt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>wird gestartet…</translation>
    </message>
    <message>
        <source>Workspace: %1 — %2</source>
        <translation>Workspace: %1 – %2</translation>
    </message>
    <message>
        <source>%1 — Braze Console</source>
        <translation>%1 – Braze Console</translation>
    </message>
    <message>
        <source>The workspaces are saved.</source>
        <translation>Die Workspaces sind gespeichert.</translation>
    </message>
    <message>
        <source>The new language is used from the next start of the console.</source>
        <translation>Die neue Sprache wird ab dem nächsten Start der Konsole verwendet.</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>Request composer</source>
        <translation>Anfrage-Editor</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>Benutzer&amp;handbuch</translation>
    </message>
    <message>
        <source>Opens the user guide at the section about this page.</source>
        <translation>Öffnet das Benutzerhandbuch beim Abschnitt zu dieser Seite.</translation>
    </message>
    <message>
        <source>&amp;Start here</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
</context>
<context>
    <name>MappingSteps</name>
    <message>
        <source>%1 is mapped twice.</source>
        <translation>%1 ist doppelt gemappt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No mapped answer to send.</source>
        <translation>Keine gemappte Antwort zum Senden.</translation>
    </message>
    <message>
        <source>Add rows to the mapping, with sample answers or a sample response.</source>
        <translation>Fügen Sie dem Mapping Zeilen hinzu, mit Beispielantworten oder einer Beispielantwort als JSON.</translation>
    </message>
    <message numerus="yes">
        <source>%n attribute(s) to send.</source>
        <translation>
            <numerusform>%n Attribut zu senden.</numerusform>
            <numerusform>%n Attribute zu senden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n attribute(s) arrived as expected.</source>
        <translation>
            <numerusform>%n Attribut ist wie erwartet angekommen.</numerusform>
            <numerusform>Alle %n Attribute sind wie erwartet angekommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message numerus="yes">
        <source>%n attribute(s) differ from what was sent.</source>
        <translation>
            <numerusform>%n Attribut weicht vom Gesendeten ab.</numerusform>
            <numerusform>%n Attribute weichen vom Gesendeten ab.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchList</name>
    <message>
        <source>Open profile</source>
        <translation>Profil öffnen</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) share %1. Choose the one you mean; Braze&apos;s /users/track would update the most recently updated one that has an external ID.</source>
        <translation>
            <numerusform>%n Profil passt zu %1. Wählen Sie das gewünschte; /users/track von Braze würde das zuletzt aktualisierte mit externer ID ändern.</numerusform>
            <numerusform>%n Profile passen zu %1. Wählen Sie das gewünschte; /users/track von Braze würde das zuletzt aktualisierte mit externer ID ändern.</numerusform>
        </translation>
    </message>
    <message>
        <source>alias-only, Braze ID %1</source>
        <translation>reines Alias-Profil, Braze-ID %1</translation>
    </message>
    <message>
        <source>external ID %1</source>
        <translation>externe ID %1</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Erstellt %1</translation>
    </message>
</context>
<context>
    <name>MessagingSteps</name>
    <message>
        <source>Give a test user or a segment to send to.</source>
        <translation>Geben Sie eine:n Testnutzer:in oder ein Segment als Empfänger an.</translation>
    </message>
    <message>
        <source>Scheduled for %1 (schedule_id %2).</source>
        <translation>Geplant für %1 (schedule_id %2).</translation>
    </message>
    <message>
        <source>Moved to %1.</source>
        <translation>Verschoben auf %1.</translation>
    </message>
    <message>
        <source>The scheduled message is cancelled.</source>
        <translation>Die geplante Nachricht ist storniert.</translation>
    </message>
    <message>
        <source>Send ID %1 created.</source>
        <translation>Send-ID %1 erstellt.</translation>
    </message>
    <message>
        <source>Campaign triggered (dispatch_id %1).</source>
        <translation>Kampagne ausgelöst (dispatch_id %1).</translation>
    </message>
    <message>
        <source>Braze accepted the trigger, but nobody enters the Canvas: %1</source>
        <translation>Braze hat den Trigger angenommen, aber niemand betritt den Canvas: %1</translation>
    </message>
    <message>
        <source>Launch or resume the Canvas in Braze, then run the workflow again.</source>
        <translation>Starten oder setzen Sie den Canvas in Braze fort und führen Sie den Workflow dann erneut aus.</translation>
    </message>
    <message>
        <source>Canvas triggered (dispatch_id %1).</source>
        <translation>Canvas getriggert (dispatch_id %1).</translation>
    </message>
</context>
<context>
    <name>NotFoundPanel</name>
    <message>
        <source>Create alias-only profile</source>
        <translation>Reines Alias-Profil anlegen</translation>
    </message>
    <message>
        <source>Alias name:</source>
        <translation>Alias-Name:</translation>
    </message>
    <message>
        <source>Alias label:</source>
        <translation>Alias-Label:</translation>
    </message>
    <message>
        <source>No profile in this workspace has the %1. Check the spelling (alias names are case-sensitive), or create an alias-only profile to test with; it can be given an external ID later.</source>
        <translation>Kein Profil in diesem Workspace passt zu %1. Prüfen Sie die Schreibweise (bei Alias-Namen zählt Groß-/Kleinschreibung) oder legen Sie zum Testen ein reines Alias-Profil an; es kann später eine externe ID erhalten.</translation>
    </message>
</context>
<context>
    <name>ParamResolver</name>
    <message>
        <source>Required.</source>
        <translation>Erforderlich.</translation>
    </message>
    <message>
        <source>Give a number of seconds between 0 and 86400.</source>
        <translation>Geben Sie eine Anzahl Sekunden zwischen 0 und 86400 an.</translation>
    </message>
    <message>
        <source>Give a JSON object, e.g. {&quot;key&quot;: &quot;value&quot;}.</source>
        <translation>Geben Sie ein JSON-Objekt an, z. B. {&quot;key&quot;: &quot;value&quot;}.</translation>
    </message>
    <message>
        <source>The workflow has no parameter &quot;%1&quot;.</source>
        <translation>Der Workflow hat keinen Parameter „%1“.</translation>
    </message>
</context>
<context>
    <name>PartnerConfigStore</name>
    <message>
        <source>The partner settings in %1 cannot be read: %2</source>
        <translation>Die Partnereinstellungen in %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The partner settings in %1 are damaged or from a newer version; the defaults are shown instead.</source>
        <translation>Die Partnereinstellungen in %1 sind beschädigt oder stammen aus einer neueren Version; stattdessen werden die Standardwerte angezeigt.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>PartnerLoader</name>
    <message>
        <source>%1: cannot be read.</source>
        <translation>%1: kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2 at offset %3).</source>
        <translation>%1: kein JSON-Objekt (%2 bei Offset %3).</translation>
    </message>
    <message>
        <source>unknown text id &apos;%1&apos;</source>
        <translation>unbekannte Text-ID „%1“</translation>
    </message>
    <message>
        <source>the partner has no id</source>
        <translation>der Partner hat keine ID</translation>
    </message>
    <message>
        <source>a permission requirement names no permission</source>
        <translation>eine Berechtigungsanforderung nennt keine Berechtigung</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation>unbekanntes Feld „%1“</translation>
    </message>
    <message>
        <source>workflow ids must be unique and start with the partner id</source>
        <translation>Workflow-IDs müssen eindeutig sein und mit der Partner-ID beginnen</translation>
    </message>
    <message>
        <source>step ids must be present and unique</source>
        <translation>Schritt-IDs müssen vorhanden und eindeutig sein</translation>
    </message>
    <message>
        <source>unknown step type &apos;%1&apos;</source>
        <translation>unbekannter Schritttyp „%1“</translation>
    </message>
    <message>
        <source>the condition refers to &apos;%1&apos;, which is not an earlier step</source>
        <translation>die Bedingung verweist auf „%1“, das kein früherer Schritt ist</translation>
    </message>
    <message>
        <source>a documentation link must be an https:// address: &apos;%1&apos;</source>
        <translation>ein Dokumentationslink muss eine https://-Adresse sein: „%1“</translation>
    </message>
    <message>
        <source>Braze&apos;s partner page must be a path such as /partners/quikly/: &apos;%1&apos;</source>
        <translation>die Partnerseite von Braze muss ein Pfad wie /partners/quikly/ sein: „%1“</translation>
    </message>
</context>
<context>
    <name>PartnerPage</name>
    <message>
        <source>Requirements</source>
        <translation>Voraussetzungen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Hand-off sheet</source>
        <translation>Übergabeblatt</translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation>Workflows</translation>
    </message>
    <message>
        <source>Not known: no API key is set up for this workspace.</source>
        <translation>Unbekannt: Für diesen Workspace ist kein API-Schlüssel eingerichtet.</translation>
    </message>
    <message>
        <source>Being checked…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Braze&apos;s answer did not tell (offline, or no harmless call checks it).</source>
        <translation>Die Antwort von Braze verrät es nicht (offline, oder kein harmloser Aufruf prüft es).</translation>
    </message>
    <message>
        <source>Not checked yet: use “Check the key again”.</source>
        <translation>Noch nicht geprüft: Nutzen Sie „Schlüssel erneut prüfen“.</translation>
    </message>
    <message>
        <source>Braze&apos;s page on %1</source>
        <translation>Seite von Braze zu %1</translation>
    </message>
    <message>
        <source>Documentation: %1</source>
        <translation>Dokumentation: %1</translation>
    </message>
</context>
<context>
    <name>PartnerSettingsForm</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>kept in the keychain</source>
        <translation>im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>Use the sandbox&apos;s demo IDs</source>
        <translation>Demo-IDs der Sandbox verwenden</translation>
    </message>
    <message>
        <source>Fills in the IDs of the built-in sandbox&apos;s demo workspace, to rehearse without Braze.</source>
        <translation>Füllt die IDs des Demo-Workspace der integrierten Sandbox ein, um ohne Braze zu üben.</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Add at least one row.</source>
        <translation>Fügen Sie mindestens eine Zeile hinzu.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Correct the marked fields first.</source>
        <translation>Korrigieren Sie zuerst die markierten Felder.</translation>
    </message>
    <message>
        <source>Saved for this workspace.</source>
        <translation>Für diesen Workspace gespeichert.</translation>
    </message>
    <message>
        <source>Check in Braze</source>
        <translation>In Braze prüfen</translation>
    </message>
    <message>
        <source>Asks Braze whether the workspace has this subscription group (a harmless read).</source>
        <translation>Fragt Braze, ob der Workspace diese Abo-Gruppe hat (ein harmloser Lesezugriff).</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>✔ The workspace has this group.</source>
        <translation>✔ Der Workspace hat diese Gruppe.</translation>
    </message>
    <message>
        <source>✔ Braze confirmed it: the workspace has this group.</source>
        <translation>✔ Von Braze bestätigt: Der Workspace hat diese Gruppe.</translation>
    </message>
    <message>
        <source>✘ Braze refused this value: %1</source>
        <translation>✘ Braze hat diesen Wert abgelehnt: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Save a refused value?</source>
        <translation>Abgelehnten Wert speichern?</translation>
    </message>
    <message>
        <source>Braze refused this when it was checked:
%1

Save it anyway? It stays marked until Braze confirms it.</source>
        <translation>Braze hat dies bei der Prüfung abgelehnt:
%1

Trotzdem speichern? Der Wert bleibt markiert, bis Braze ihn bestätigt.</translation>
    </message>
    <message>
        <source>Not saved: correct the value Braze refused, or save it anyway.</source>
        <translation>Nicht gespeichert: Korrigieren Sie den abgelehnten Wert oder speichern Sie ihn trotzdem.</translation>
    </message>
    <message>
        <source>%1 settings saved.</source>
        <translation>%1-Einstellungen gespeichert.</translation>
    </message>
</context>
<context>
    <name>PermissionTableWidget</name>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Asks Braze again with calls that change nothing in your workspace.</source>
        <translation>Fragt Braze erneut mit Aufrufen, die in Ihrem Workspace nichts ändern.</translation>
    </message>
    <message>
        <source>Checking the API key&apos;s permissions…</source>
        <translation>Berechtigungen des API-Schlüssels werden geprüft…</translation>
    </message>
    <message>
        <source>Last checked %1. Hover over a row to see how.</source>
        <translation>Zuletzt geprüft: %1. Fahren Sie mit der Maus über eine Zeile, um zu sehen, wie.</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
</context>
<context>
    <name>PersonalizationMenu</name>
    <message>
        <source>Insert personalization</source>
        <translation>Personalisierung einfügen</translation>
    </message>
    <message>
        <source>Other name…</source>
        <translation>Anderer Name…</translation>
    </message>
    <message>
        <source>Name as in Braze:</source>
        <translation>Name wie in Braze:</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie im System</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Darstellung:</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <comment>appearance</comment>
        <translation>Wie im System</translation>
    </message>
    <message>
        <source>&amp;Keep the request log between runs</source>
        <translation>Anfrageprotokoll zwischen den Starts &amp;behalten</translation>
    </message>
    <message>
        <source>Stored in the console&apos;s data folder without API keys or partner secrets, up to a few megabytes; the oldest requests are dropped first. Turning it off deletes the stored log.</source>
        <translation>Wird ohne API-Schlüssel und Partner-Geheimnisse im Datenordner der Konsole gespeichert, bis zu einigen Megabyte; die ältesten Anfragen werden zuerst entfernt. Beim Ausschalten wird das gespeicherte Protokoll gelöscht.</translation>
    </message>
</context>
<context>
    <name>PreviewData</name>
    <message>
        <source>Folder with NAME.liquid files for {{content_blocks.${NAME}}} (they win over the workspace&apos;s blocks).</source>
        <translation>Ordner mit NAME.liquid-Dateien für {{content_blocks.${NAME}}} (sie haben Vorrang vor den Blöcken des Workspace).</translation>
    </message>
    <message>
        <source>JSON file with the items of each catalog (and its selections) for catalog_items and catalog_selection_items; README shows its shape.</source>
        <translation>JSON-Datei mit den Artikeln jedes Katalogs (und seinen Selektionen) für catalog_items und catalog_selection_items; die README zeigt ihren Aufbau.</translation>
    </message>
    <message>
        <source>%1: the catalogs must be a JSON object. %2</source>
        <translation>%1: Die Kataloge müssen ein JSON-Objekt sein. %2</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Fetch connected content calls in the preview</source>
        <translation>Connected-Content-Aufrufe in der Vorschau abrufen</translation>
    </message>
    <message>
        <source>connected_content calls go to third-party servers. They are listed but only performed when you allow it.</source>
        <translation>connected_content-Aufrufe gehen an Server von Drittanbietern. Sie werden aufgelistet, aber nur ausgeführt, wenn Sie es erlauben.</translation>
    </message>
    <message>
        <source>This user would not be sent: %1</source>
        <translation>An diese:n Nutzer:in würde nicht gesendet: %1</translation>
    </message>
    <message>
        <source>{% abort_message %} called</source>
        <translation>{% abort_message %} aufgerufen</translation>
    </message>
    <message>
        <source>This user has no value for: %1 (rendered as nothing)</source>
        <translation>Diese:r Nutzer:in hat keinen Wert für: %1 (als leer gerendert)</translation>
    </message>
    <message>
        <source>Rendered in %L1 ms</source>
        <translation>Gerendert in %L1 ms</translation>
    </message>
    <message>
        <source>Attached to the send event: %1 = %2</source>
        <translation>An das Sendeereignis angehängt: %1 = %2</translation>
    </message>
    <message>
        <source>Promotion code from “%1”: %2 is a sample; Braze takes a real code from the list</source>
        <translation>Aktionscode aus „%1“: %2 ist ein Beispiel; Braze verbraucht einen echten Code aus der Liste</translation>
    </message>
    <message>
        <source>Request line and headers</source>
        <translation>Anfragezeile und Anfrage-Header</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Anfragetext</translation>
    </message>
    <message>
        <source>Copy request</source>
        <translation>Anfrage kopieren</translation>
    </message>
    <message>
        <source>Copy body</source>
        <translation>Anfragetext kopieren</translation>
    </message>
    <message>
        <source>Copies the method, URL, headers and body as shown here, partner secrets masked.</source>
        <translation>Kopiert Methode, URL, Anfrage-Header und Anfragetext wie hier angezeigt, Partner-Geheimnisse maskiert.</translation>
    </message>
    <message>
        <source>Request copied to the clipboard, partner secrets masked.</source>
        <translation>Anfrage in die Zwischenablage kopiert, Partner-Geheimnisse maskiert.</translation>
    </message>
    <message>
        <source>Request body copied to the clipboard.</source>
        <translation>Anfragetext in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Reads the workspace&apos;s Content Blocks and catalog items again, for a block or item changed in Braze since.</source>
        <translation>Liest die Content Blocks und Katalogartikel des Workspace neu, falls ein Block oder Artikel seither in Braze geändert wurde.</translation>
    </message>
    <message>
        <source>Reading Content Blocks and catalog items from the workspace…</source>
        <translation>Content Blocks und Katalogartikel werden aus dem Workspace gelesen …</translation>
    </message>
    <message>
        <source>Content Blocks and catalog items are read from the workspace when the template uses them.</source>
        <translation>Content Blocks und Katalogartikel werden aus dem Workspace gelesen, sobald die Vorlage sie verwendet.</translation>
    </message>
    <message>
        <source>less than a minute ago</source>
        <translation>vor weniger als einer Minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>From the workspace: %1 and %2, read %3.</source>
        <extracomment>%1 is &quot;2 Content Blocks&quot;, %2 &quot;1 catalog item&quot;, %3 &quot;5 minutes ago&quot;</extracomment>
        <translation>Aus dem Workspace: %1 und %2, gelesen %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n Content Block(s)</source>
        <translation>
            <numerusform>%n Content Block</numerusform>
            <numerusform>%n Content Blocks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n catalog item(s)</source>
        <translation>
            <numerusform>%n Katalogartikel</numerusform>
            <numerusform>%n Katalogartikel</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;tubs…</source>
        <translation>&amp;Testantworten …</translation>
    </message>
    <message>
        <source>Canned answers for connected_content calls, saved with the template: the preview works offline and can rehearse failures.</source>
        <translation>Vorgegebene Antworten für connected_content-Aufrufe, mit der Vorlage gespeichert: Die Vorschau funktioniert offline und kann Fehler proben.</translation>
    </message>
</context>
<context>
    <name>PreviewUser</name>
    <message>
        <source>The export lists no user.</source>
        <translation>Der Export enthält kein Nutzerprofil.</translation>
    </message>
    <message>
        <source>“%1” must be a JSON object.</source>
        <translation>„%1“ muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>anonymous user</source>
        <translation>anonyme:r Nutzer:in</translation>
    </message>
</context>
<context>
    <name>PreviewUserPanel</name>
    <message>
        <source>Look up</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Pick another random user</source>
        <translation>Andere:n zufällige:n Nutzer:in wählen</translation>
    </message>
    <message>
        <source>Custom user</source>
        <translation>Eigene:r Nutzer:in</translation>
    </message>
    <message>
        <source>Existing user</source>
        <translation>Bestehende:r Nutzer:in</translation>
    </message>
    <message>
        <source>Random user</source>
        <translation>Zufällige:r Nutzer:in</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Braze ID</source>
        <translation>Braze-ID</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Alias label</source>
        <translation>Alias-Label</translation>
    </message>
    <message>
        <source>One user as users/export/ids returns it, plus event_properties, canvas_entry_properties and api_trigger_properties.</source>
        <translation>Ein Nutzerprofil, wie users/export/ids es zurückgibt, dazu event_properties, canvas_entry_properties und api_trigger_properties.</translation>
    </message>
    <message>
        <source>Edit as custom user</source>
        <translation>Als eigene:n Nutzer:in bearbeiten</translation>
    </message>
    <message>
        <source>Preview as:</source>
        <translation>Vorschau als:</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>%1 wird gesucht…</translation>
    </message>
    <message>
        <source>Picking a random user…</source>
        <translation>Zufällige:r Nutzer:in wird gewählt…</translation>
    </message>
    <message>
        <source>The custom user is not a JSON object: %1 (character %2).</source>
        <translation>Die:der eigene Nutzer:in ist kein JSON-Objekt: %1 (Zeichen %2).</translation>
    </message>
    <message>
        <source>custom user</source>
        <translation>eigene:r Nutzer:in</translation>
    </message>
    <message>
        <source>Previewing as %1 (%2)</source>
        <translation>Vorschau als %1 (%2)</translation>
    </message>
    <message>
        <source>Saved test users</source>
        <translation>Gespeicherte Testnutzer:innen</translation>
    </message>
    <message>
        <source>Save test users on the Test users page to preview as them here in one click.</source>
        <translation>Speichern Sie Testnutzer:innen auf der Seite „Testnutzer:innen“, um hier mit einem Klick eine Vorschau für sie zu sehen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Custom user as JSON</source>
        <translation>Eigene:r Nutzer:in als JSON</translation>
    </message>
</context>
<context>
    <name>ProbeCommand</name>
    <message>
        <source>Show which permissions the API key has (calls that change nothing)</source>
        <translation>Berechtigungen des API-Schlüssels anzeigen (Aufrufe, die nichts ändern)</translation>
    </message>
    <message>
        <source>Checks which REST API permissions the key in BRAZE_API_KEY has, using only calls that change nothing in the workspace, and prints the table.</source>
        <translation>Prüft, welche REST-API-Berechtigungen der Schlüssel in BRAZE_API_KEY hat, nur mit Aufrufen, die im Workspace nichts ändern, und gibt die Tabelle aus.</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>Benötigt von</translation>
    </message>
    <message>
        <source>%1: every permission it needs is granted.</source>
        <translation>%1: Jede benötigte Berechtigung ist erteilt.</translation>
    </message>
    <message>
        <source>%1: not confirmed: %2</source>
        <translation>%1: nicht bestätigt: %2</translation>
    </message>
    <message>
        <source>No permission could be checked: the endpoint did not answer any check.</source>
        <translation>Keine Berechtigung konnte geprüft werden: Der Endpunkt hat auf keine Prüfung geantwortet.</translation>
    </message>
</context>
<context>
    <name>ProblemsView</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Line:Col</source>
        <translation>Zeile:Spalte</translation>
    </message>
</context>
<context>
    <name>ProfileDiff</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Kennungen</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Erstmals</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>Events, purchases, devices</source>
        <translation>Events, Käufe, Geräte</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>Roh-JSON</translation>
    </message>
    <message>
        <source>(none: alias-only profile)</source>
        <translation>(keine: reines Alias-Profil)</translation>
    </message>
    <message>
        <source>alias (%1)</source>
        <translation>Alias (%1)</translation>
    </message>
    <message>
        <source>Standard attributes</source>
        <translation>Standardattribute</translation>
    </message>
    <message>
        <source>Custom attributes</source>
        <translation>Angepasste Attribute</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>No subscription group has ever changed for this user.</source>
        <translation>Für diese:n Nutzer:in hat sich noch nie eine Abo-Gruppe geändert.</translation>
    </message>
    <message>
        <source>global</source>
        <translation>global</translation>
    </message>
    <message>
        <source>(none in the last 90 days)</source>
        <translation>(keine in den letzten 90 Tagen)</translation>
    </message>
    <message>
        <source>Custom events</source>
        <translation>Angepasste Events</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Käufe</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>Changed by the last action. Before: %1</source>
        <translation>Durch die letzte Aktion geändert. Vorher: %1</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>(was %1)</source>
        <translation>(war %1)</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Zeigt Hilfe zu den Kommandozeilenoptionen an.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Zeigt Hilfe einschließlich Qt-spezifischer Optionen an.</translation>
    </message>
</context>
<context>
    <name>QueryTable</name>
    <message>
        <source>Add parameter</source>
        <translation>Parameter hinzufügen</translation>
    </message>
    <message>
        <source>Remove parameter</source>
        <translation>Parameter entfernen</translation>
    </message>
    <message>
        <source>Query parameters</source>
        <translation>Query-Parameter</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <source>Kept in the keychain; only the partner can tell whether it is right.</source>
        <translation>Im Schlüsselbund gespeichert; ob er stimmt, kann nur der Partner sagen.</translation>
    </message>
    <message>
        <source>Not entered yet.</source>
        <translation>Noch nicht eingegeben.</translation>
    </message>
    <message>
        <source>Not set yet.</source>
        <translation>Noch nicht gesetzt.</translation>
    </message>
    <message>
        <source>Braze confirmed it on %1.</source>
        <translation>Von Braze bestätigt am %1.</translation>
    </message>
    <message>
        <source>Braze refused it: %1</source>
        <translation>Von Braze abgelehnt: %1</translation>
    </message>
    <message>
        <source>Set, not checked in Braze yet: use “Check in Braze” on the Settings tab.</source>
        <translation>Gesetzt, aber noch nicht in Braze geprüft: Nutzen Sie „In Braze prüfen“ im Tab „Einstellungen“.</translation>
    </message>
    <message>
        <source>Set; Braze offers no way to check this value.</source>
        <translation>Gesetzt; Braze bietet keine Möglichkeit, diesen Wert zu prüfen.</translation>
    </message>
    <message>
        <source>Your part: the console cannot check it.</source>
        <translation>Ihre Aufgabe: Die Konsole kann das nicht prüfen.</translation>
    </message>
    <message>
        <source>The workspace has no REST endpoint.</source>
        <translation>Der Workspace hat keinen REST-Endpunkt.</translation>
    </message>
    <message>
        <source>%1 (the built-in sandbox on this computer, not Braze) answered on %2.</source>
        <translation>%1 (die integrierte Sandbox auf diesem Computer, nicht Braze) hat am %2 geantwortet.</translation>
    </message>
    <message>
        <source>%1 answered on %2.</source>
        <translation>%1 hat am %2 geantwortet.</translation>
    </message>
    <message>
        <source>%1 has not been contacted yet.</source>
        <translation>%1 wurde noch nicht kontaktiert.</translation>
    </message>
    <message>
        <source>API key permission %1</source>
        <translation>Berechtigung des API-Schlüssels: %1</translation>
    </message>
    <message>
        <source>Braze accepted the key for it.</source>
        <translation>Braze hat den Schlüssel dafür akzeptiert.</translation>
    </message>
    <message>
        <source>Braze refused the key for it: add the permission to the key in Braze (Settings › APIs and Identifiers).</source>
        <translation>Braze hat den Schlüssel dafür abgelehnt: Fügen Sie dem Schlüssel in Braze die Berechtigung hinzu (Einstellungen › APIs und Kennungen).</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <source>%1: ready. Braze confirmed every requirement it can check.</source>
        <translation>%1: bereit. Braze hat jede Voraussetzung bestätigt, die es prüfen kann.</translation>
    </message>
    <message>
        <source>✔ verified</source>
        <translation>✔ bestätigt</translation>
    </message>
    <message>
        <source>your part</source>
        <translation>Ihre Aufgabe</translation>
    </message>
    <message>
        <source>? not verified</source>
        <translation>? nicht bestätigt</translation>
    </message>
    <message>
        <source>● set, not verified</source>
        <translation>● gesetzt, nicht bestätigt</translation>
    </message>
    <message>
        <source>● set</source>
        <translation>● gesetzt</translation>
    </message>
    <message>
        <source>✘ refused</source>
        <translation>✘ abgelehnt</translation>
    </message>
    <message>
        <source>optional, not set</source>
        <translation>optional, nicht gesetzt</translation>
    </message>
    <message>
        <source>✘ missing</source>
        <translation>✘ fehlt</translation>
    </message>
    <message numerus="yes">
        <source>%1 needs attention: %n requirement(s) missing or refused.</source>
        <translation>
            <numerusform>%1 braucht Aufmerksamkeit: %n Voraussetzung fehlt oder wurde abgelehnt.</numerusform>
            <numerusform>%1 braucht Aufmerksamkeit: %n Voraussetzungen fehlen oder wurden abgelehnt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is not verified yet: Braze has not confirmed %n requirement(s).</source>
        <translation>
            <numerusform>%1 ist noch nicht bestätigt: Braze hat %n Voraussetzung noch nicht bestätigt.</numerusform>
            <numerusform>%1 ist noch nicht bestätigt: Braze hat %n Voraussetzungen noch nicht bestätigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ verified — %1</source>
        <comment>why: when Braze confirmed it</comment>
        <translation>✔ bestätigt – %1</translation>
    </message>
    <message>
        <source>your part — %1</source>
        <comment>why the console cannot check it</comment>
        <translation>Ihre Aufgabe – %1</translation>
    </message>
    <message>
        <source>? not verified — %1</source>
        <comment>why the permission is not known</comment>
        <translation>? nicht bestätigt – %1</translation>
    </message>
    <message>
        <source>● set, not verified — %1</source>
        <comment>why it is not verified</comment>
        <translation>● gesetzt, nicht bestätigt – %1</translation>
    </message>
    <message>
        <source>● set — %1</source>
        <comment>why it cannot be verified</comment>
        <translation>● gesetzt – %1</translation>
    </message>
    <message>
        <source>✘ refused — %1</source>
        <comment>Braze&apos;s or the format check&apos;s answer</comment>
        <translation>✘ abgelehnt – %1</translation>
    </message>
    <message>
        <source>optional, not set — %1</source>
        <comment>why it is not set</comment>
        <translation>optional, nicht gesetzt – %1</translation>
    </message>
    <message>
        <source>✘ missing — %1</source>
        <comment>why it is missing</comment>
        <translation>✘ fehlt – %1</translation>
    </message>
    <message>
        <source>✘ Refused: %1
    %2</source>
        <comment>a requirement, then on its own line why it was refused</comment>
        <translation>✘ Abgelehnt: %1
    %2</translation>
    </message>
    <message>
        <source>✘ Missing: %1
    %2</source>
        <comment>a requirement, then on its own line why it counts as missing</comment>
        <translation>✘ Fehlt: %1
    %2</translation>
    </message>
    <message>
        <source>● Not verified yet: %1
    %2</source>
        <comment>a requirement, then on its own line why it is not verified</comment>
        <translation>● Noch nicht bestätigt: %1
    %2</translation>
    </message>
</context>
<context>
    <name>RehearsalPanel</name>
    <message>
        <source>Rehearse delivery</source>
        <translation>Zustellung proben</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>e.g. 503, 503, 200</source>
        <translation>z. B. 503, 503, 200</translation>
    </message>
    <message>
        <source>What the sandbox&apos;s webhook receiver answers, one attempt after the other: HTTP statuses, drop (closes the connection) or hang (never answers). Afterwards it answers 200.</source>
        <translation>Was der Webhook-Empfänger der Sandbox nacheinander auf jeden Versuch antwortet: HTTP-Status, drop (trennt die Verbindung) oder hang (antwortet nie). Danach antwortet er mit 200.</translation>
    </message>
    <message>
        <source>Real time</source>
        <translation>Echtzeit</translation>
    </message>
    <message>
        <source>60 times faster</source>
        <translation>60-mal schneller</translation>
    </message>
    <message>
        <source>600 times faster</source>
        <translation>600-mal schneller</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>What Braze does</source>
        <translation>Was Braze tut</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>Senden an:</translation>
    </message>
    <message>
        <source>Receiver answers:</source>
        <translation>Empfänger antwortet:</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Tempo:</translation>
    </message>
    <message>
        <source>Braze counts a 2xx answer as delivered. It retries 408, 429, 5xx and endpoints that do not answer within 90 seconds, up to 5 times within 30 minutes, waiting longer each time; it does not follow redirects.</source>
        <translation>Braze zählt eine 2xx-Antwort als zugestellt. Bei 408, 429, 5xx und Endpunkten, die nicht innerhalb von 90 Sekunden antworten, versucht es Braze bis zu 5-mal innerhalb von 30 Minuten erneut und wartet dabei jedes Mal länger; Weiterleitungen folgt Braze nicht.</translation>
    </message>
    <message>
        <source>The template&apos;s URL</source>
        <translation>Die URL der Vorlage</translation>
    </message>
    <message>
        <source>The sandbox&apos;s webhook receiver (%1)</source>
        <translation>Der Webhook-Empfänger der Sandbox (%1)</translation>
    </message>
    <message>
        <source>Open a template first.</source>
        <translation>Öffnen Sie zuerst eine Vorlage.</translation>
    </message>
    <message>
        <source>The receiver&apos;s answers are HTTP statuses, drop or hang, separated by commas, e.g. 503, 503, 200.</source>
        <translation>Die Antworten des Empfängers sind HTTP-Status, drop oder hang, durch Kommas getrennt, z. B. 503, 503, 200.</translation>
    </message>
    <message>
        <source>Choose a workspace first.</source>
        <translation>Wählen Sie zuerst einen Workspace.</translation>
    </message>
    <message>
        <source>Telling the sandbox&apos;s receiver what to answer…</source>
        <translation>Der Empfänger der Sandbox erfährt, was er antworten soll…</translation>
    </message>
    <message>
        <source>The sandbox&apos;s receiver could not be set up: %1</source>
        <translation>Der Empfänger der Sandbox konnte nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <source>Attempt %1 of at most %2 is under way (%3 into the rehearsal)…</source>
        <translation>Versuch %1 von höchstens %2 läuft (%3 im Probelauf)…</translation>
    </message>
    <message>
        <source>counts it as delivered</source>
        <translation>zählt ihn als zugestellt</translation>
    </message>
    <message>
        <source>waits %1, then tries again</source>
        <translation>wartet %1, dann neuer Versuch</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>gives up</source>
        <translation>gibt auf</translation>
    </message>
    <message>
        <source>HTTP %1 after %2 ms</source>
        <translation>HTTP %1 nach %2 ms</translation>
    </message>
</context>
<context>
    <name>RenderCommand</name>
    <message>
        <source>Render a Liquid template with JSON data, as Braze would</source>
        <translation>Ein Liquid-Template mit JSON-Daten rendern, wie Braze es tun würde</translation>
    </message>
    <message>
        <source>Renders a Braze Liquid template. Output goes to stdout; errors to stderr as FILE:LINE:COL: message.</source>
        <translation>Rendert ein Braze-Liquid-Template. Die Ausgabe geht an stdout, Fehler an stderr als DATEI:ZEILE:SPALTE: Meldung.</translation>
    </message>
    <message>
        <source>The Liquid template file.</source>
        <translation>Die Liquid-Template-Datei.</translation>
    </message>
    <message>
        <source>JSON object with the variables (user attributes, custom_attribute, event_properties...).</source>
        <translation>JSON-Objekt mit den Variablen (Nutzerattribute, custom_attribute, event_properties …).</translation>
    </message>
    <message>
        <source>Folder with NAME.liquid files for include/render.</source>
        <translation>Ordner mit NAME.liquid-Dateien für include/render.</translation>
    </message>
    <message>
        <source>Strict parsing: reject malformed expressions and unknown filters.</source>
        <translation>Strenges Parsen: fehlerhafte Ausdrücke und unbekannte Filter ablehnen.</translation>
    </message>
    <message>
        <source>Treat variables that are not in the data as errors.</source>
        <translation>Variablen, die nicht in den Daten stehen, als Fehler behandeln.</translation>
    </message>
    <message>
        <source>braze-cli render: --template FILE is required.</source>
        <translation>braze-cli render: --template FILE ist erforderlich.</translation>
    </message>
    <message>
        <source>%1: the data must be a JSON object. %2</source>
        <translation>%1: Die Daten müssen ein JSON-Objekt sein. %2</translation>
    </message>
    <message>
        <source>%1: aborted: %2</source>
        <translation>%1: abgebrochen: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>%1:%2:%3: this is not UTF-8 (byte %4 of the file). Save the file as UTF-8.</source>
        <translation>%1:%2:%3: Das ist kein UTF-8 (Byte %4 der Datei). Speichern Sie die Datei als UTF-8.</translation>
    </message>
    <message>
        <source>%1: connected_content %2 was not fetched: %3</source>
        <translation>%1: connected_content %2 wurde nicht abgerufen: %3</translation>
    </message>
    <message>
        <source>message_extras: %1 = %2</source>
        <translation>message_extras: %1 = %2</translation>
    </message>
    <message>
        <source>promotion code from “%1”: %2 is a sample; Braze takes a real code from the list</source>
        <translation>Aktionscode aus „%1“: %2 ist ein Beispiel; Braze verbraucht einen echten Code aus der Liste</translation>
    </message>
</context>
<context>
    <name>ReplayPlan</name>
    <message>
        <source>It updates user profiles again (attribute objects: %1, events: %2, purchases: %3). Events and purchases are recorded a second time.</source>
        <translation>Sie aktualisiert Nutzerprofile erneut (Attributobjekte: %1, Events: %2, Käufe: %3). Events und Käufe werden ein zweites Mal erfasst.</translation>
    </message>
    <message numerus="yes">
        <source>It deletes %n user profile(s) for good.</source>
        <translation>
            <numerusform>Sie löscht %n Nutzerprofil endgültig.</numerusform>
            <numerusform>Sie löscht %n Nutzerprofile endgültig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It adds %n alias(es) to user profiles.</source>
        <translation>
            <numerusform>Sie fügt Nutzerprofilen %n Alias hinzu.</numerusform>
            <numerusform>Sie fügt Nutzerprofilen %n Aliasse hinzu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It merges %n alias-only profile(s) into identified profiles.</source>
        <translation>
            <numerusform>Sie führt %n reines Alias-Profil mit identifizierten Profilen zusammen.</numerusform>
            <numerusform>Sie führt %n reine Alias-Profile mit identifizierten Profilen zusammen.</numerusform>
        </translation>
    </message>
    <message>
        <source>It changes subscription states of users again.</source>
        <translation>Sie ändert Abonnementstatus von Nutzer:innen erneut.</translation>
    </message>
    <message>
        <source>It sends the message again: recipients get it a second time.</source>
        <translation>Sie sendet die Nachricht erneut: Die Empfänger erhalten sie ein zweites Mal.</translation>
    </message>
    <message>
        <source>It creates, changes or deletes a scheduled message again.</source>
        <translation>Sie erstellt, ändert oder löscht eine geplante Nachricht erneut.</translation>
    </message>
    <message>
        <source>It creates another send ID (Braze allows 100 a day per workspace).</source>
        <translation>Sie erstellt eine weitere Send-ID (Braze erlaubt 100 pro Tag und Workspace).</translation>
    </message>
    <message>
        <source>It may change data in the workspace.</source>
        <translation>Sie kann Daten im Workspace ändern.</translation>
    </message>
    <message>
        <source>It only reads; nothing is changed.</source>
        <translation>Sie liest nur; nichts wird geändert.</translation>
    </message>
    <message>
        <source>The console has no connection to “%1” in this run. Make it the active workspace, then send again.</source>
        <translation>Die Konsole ist in dieser Sitzung nicht mit „%1“ verbunden. Machen Sie ihn zum aktiven Workspace und senden Sie dann erneut.</translation>
    </message>
    <message>
        <source>No workspace is connected. Choose one on the Workspaces page.</source>
        <translation>Es ist kein Workspace verbunden. Wählen Sie einen auf der Seite „Workspaces“.</translation>
    </message>
    <message>
        <source>This request went to a partner, not to Braze; it can only be sent to the same address again.</source>
        <translation>Diese Anfrage ging an einen Partner, nicht an Braze; sie kann nur erneut an dieselbe Adresse gesendet werden.</translation>
    </message>
    <message>
        <source>The log does not keep the partner secret this request carried. Send it again from the page that sent it.</source>
        <translation>Das Protokoll speichert das Partner-Geheimnis dieser Anfrage nicht. Senden Sie sie erneut von der Seite, die sie gesendet hat.</translation>
    </message>
    <message>
        <source>The log kept only the beginning of this request&apos;s body, so it cannot be sent again.</source>
        <translation>Das Protokoll hat nur den Anfang des Anfragetexts behalten; die Anfrage kann daher nicht erneut gesendet werden.</translation>
    </message>
</context>
<context>
    <name>ReportSteps</name>
    <message numerus="yes">
        <source>%1: %n day(s) of data.</source>
        <translation>
            <numerusform>%1: Daten für %n Tag.</numerusform>
            <numerusform>%1: Daten für %n Tage.</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace has no segments.</source>
        <translation>Der Workspace hat keine Segmente.</translation>
    </message>
    <message>
        <source>Create a segment in Braze first.</source>
        <translation>Erstellen Sie zuerst ein Segment in Braze.</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s): %1</source>
        <translation>
            <numerusform>%n Segment: %1</numerusform>
            <numerusform>%n Segmente: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Segment size</source>
        <translation>Segmentgröße</translation>
    </message>
    <message>
        <source>Send statistics</source>
        <translation>Versandstatistiken</translation>
    </message>
</context>
<context>
    <name>RequestCompareDialog</name>
    <message>
        <source>Only differences</source>
        <translation>Nur Unterschiede</translation>
    </message>
    <message>
        <source>Compare requests</source>
        <translation>Anfragen vergleichen</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <source>The two requests and their answers are the same.</source>
        <translation>Die beiden Anfragen und ihre Antworten sind gleich.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) differ.</source>
        <translation>
            <numerusform>%n Feld unterscheidet sich.</numerusform>
            <numerusform>%n Felder unterscheiden sich.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestLog</name>
    <message>
        <source>(shortened in the log)</source>
        <translation>(im Protokoll gekürzt)</translation>
    </message>
</context>
<context>
    <name>RequestLogFilterBar</name>
    <message>
        <source>Search method, path, bodies and status (Ctrl+F)</source>
        <translation>Methode, Pfad, Anfrage-/Antworttext und Status durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search the request log</source>
        <translation>Anfrageprotokoll durchsuchen</translation>
    </message>
    <message>
        <source>All answers</source>
        <translation>Alle Antworten</translation>
    </message>
    <message>
        <source>Success (2xx)</source>
        <translation>Erfolgreich (2xx)</translation>
    </message>
    <message>
        <source>Refused (4xx)</source>
        <translation>Abgelehnt (4xx)</translation>
    </message>
    <message>
        <source>Server errors (5xx)</source>
        <translation>Serverfehler (5xx)</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Beliebiger Zeitraum</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Letzte 15 Minuten</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Since the console started</source>
        <translation>Seit dem Start der Konsole</translation>
    </message>
    <message>
        <source>Between…</source>
        <translation>Zwischen…</translation>
    </message>
    <message>
        <source>The requests the console sends at start-up to find out which permissions the API key has. Refusals among them are expected and change nothing.</source>
        <translation>Die Anfragen, mit denen die Konsole beim Start ermittelt, welche Berechtigungen der API-Schlüssel hat. Ablehnungen darunter sind erwartet und ändern nichts.</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Workspace:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Antwort:</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Endpunkt:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Zeit:</translation>
    </message>
    <message>
        <source>All workspaces</source>
        <translation>Alle Workspaces</translation>
    </message>
    <message>
        <source>All endpoints</source>
        <translation>Alle Endpunkte</translation>
    </message>
    <message numerus="yes">
        <source>Show permission checks (%n)</source>
        <translation>
            <numerusform>Berechtigungsprüfung anzeigen (%n)</numerusform>
            <numerusform>Berechtigungsprüfungen anzeigen (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n request(s) match</source>
        <translation>
            <numerusform>%1 von %n Anfrage passt</numerusform>
            <numerusform>%1 von %n Anfragen passen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestLogPage</name>
    <message>
        <source>Include API key</source>
        <translation>API-Schlüssel einschließen</translation>
    </message>
    <message>
        <source>Copy as cURL</source>
        <translation>Als cURL kopieren</translation>
    </message>
    <message>
        <source>Select a request to see its headers and bodies.</source>
        <translation>Wählen Sie eine Anfrage aus, um ihre Header und Inhalte zu sehen.</translation>
    </message>
    <message>
        <source>Puts the workspace&apos;s API key into the copied command. Leave it off to paste the command safely; the command then reads the key from $BRAZE_API_KEY.</source>
        <translation>Fügt den API-Schlüssel des Workspace in den kopierten Befehl ein. Lassen Sie die Option aus, um den Befehl gefahrlos einzufügen; der Befehl liest den Schlüssel dann aus $BRAZE_API_KEY.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Workspace: %1 · attempt %2 · %3 ms</source>
        <translation>Workspace: %1 · Versuch %2 · %3 ms</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>Anfrage-Header</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Anfragetext</translation>
    </message>
    <message>
        <source>Response %1</source>
        <translation>Antwort %1</translation>
    </message>
    <message>
        <source>Copied, with the API key: do not share it.</source>
        <translation>Kopiert, mit API-Schlüssel: Geben Sie ihn nicht weiter.</translation>
    </message>
    <message>
        <source>Copied. Set BRAZE_API_KEY in your shell before running it.</source>
        <translation>Kopiert. Setzen Sie BRAZE_API_KEY in Ihrer Shell, bevor Sie den Befehl ausführen.</translation>
    </message>
    <message>
        <source>Export request log</source>
        <translation>Anfrageprotokoll exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n request(s) to %1.</source>
        <translation>
            <numerusform>%n Anfrage nach %1 exportiert.</numerusform>
            <numerusform>%n Anfragen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rate limit: %n of %1 left</source>
        <translation>
            <numerusform>Rate-Limit: %n von %1 übrig</numerusform>
            <numerusform>Rate-Limit: %n von %1 übrig</numerusform>
        </translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Copy as HTTPie</source>
        <translation>Als HTTPie kopieren</translation>
    </message>
    <message>
        <source>Copy response</source>
        <translation>Antwort kopieren</translation>
    </message>
    <message>
        <source>Select two requests (Ctrl+click), or one sent again, to see them side by side.</source>
        <translation>Wählen Sie zwei Anfragen (Strg+Klick) oder eine erneut gesendete, um sie nebeneinander zu sehen.</translation>
    </message>
    <message>
        <source>To the active workspace, “%1”</source>
        <translation>An den aktiven Workspace „%1“</translation>
    </message>
    <message>
        <source>To the active workspace</source>
        <translation>An den aktiven Workspace</translation>
    </message>
    <message>
        <source>To “%1”, where it was sent</source>
        <translation>An „%1“, wohin sie gesendet wurde</translation>
    </message>
    <message>
        <source>Response body copied.</source>
        <translation>Antworttext kopiert.</translation>
    </message>
    <message>
        <source>Send %1 again to “%2”?</source>
        <translation>%1 erneut an „%2“ senden?</translation>
    </message>
    <message>
        <source>The permission check found that the API key of “%1” lacks the permission %2: Braze will most likely refuse the request.</source>
        <translation>Laut Berechtigungsprüfung fehlt dem API-Schlüssel von „%1“ die Berechtigung %2: Braze wird die Anfrage höchstwahrscheinlich ablehnen.</translation>
    </message>
    <message>
        <source>Sending %1 again to “%2”…</source>
        <translation>%1 wird erneut an „%2“ gesendet…</translation>
    </message>
    <message>
        <source>%1 sent again: answer %2. “Compare” shows it next to the original.</source>
        <translation>%1 erneut gesendet: Antwort %2. „Vergleichen“ zeigt sie neben dem Original.</translation>
    </message>
    <message>
        <source>%1 sent again: %2</source>
        <translation>%1 erneut gesendet: %2</translation>
    </message>
    <message>
        <source>Origin: %1</source>
        <translation>Herkunft: %1</translation>
    </message>
    <message>
        <source>Sent again from the request of %1; “Compare” shows both.</source>
        <translation>Erneut gesendet aus der Anfrage von %1; „Vergleichen“ zeigt beide.</translation>
    </message>
    <message>
        <source>Sent again from a request no longer in the log.</source>
        <translation>Erneut gesendet aus einer Anfrage, die nicht mehr im Protokoll ist.</translation>
    </message>
    <message>
        <source>This request belongs to the start-up permission check: a refusal only means the API key lacks that permission. Nothing was changed.</source>
        <translation>Diese Anfrage gehört zur Berechtigungsprüfung beim Start: Eine Ablehnung bedeutet nur, dass dem API-Schlüssel diese Berechtigung fehlt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Request and answer</source>
        <translation>Anfrage und Antwort</translation>
    </message>
    <message>
        <source>Open in composer</source>
        <translation>Im Anfrage-Editor öffnen</translation>
    </message>
    <message>
        <source>Edit this request in the Request composer and send it from there.</source>
        <translation>Diese Anfrage im Anfrage-Editor bearbeiten und von dort senden.</translation>
    </message>
</context>
<context>
    <name>RequestPreview</name>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Request that will be sent:</source>
        <translation>Diese Anfrage wird gesendet:</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
</context>
<context>
    <name>RequirementsView</name>
    <message>
        <source>Check the key again</source>
        <translation>Schlüssel erneut prüfen</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Voraussetzung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sends harmless requests that change nothing in Braze to find out what the key may do.</source>
        <translation>Sendet harmlose Anfragen, die in Braze nichts ändern, um herauszufinden, was der Schlüssel darf.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>The permissions cannot be checked: no API key is set up for this workspace.</source>
        <translation>Die Berechtigungen können nicht geprüft werden: Für diesen Workspace ist kein API-Schlüssel eingerichtet.</translation>
    </message>
    <message>
        <source>Last checked %1.</source>
        <translation>Zuletzt geprüft: %1.</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Voraussetzungen</translation>
    </message>
</context>
<context>
    <name>ResponseView</name>
    <message>
        <source>Response body</source>
        <translation>Antworttext</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Antwort-Header</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Antworttext</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>The answer appears here after Send (Ctrl+Return).</source>
        <translation>Die Antwort erscheint hier nach „Senden“ (Strg+Eingabe).</translation>
    </message>
    <message numerus="yes">
        <source>%1 ms, %n attempt(s)</source>
        <translation>
            <numerusform>%1 ms, %n Versuch</numerusform>
            <numerusform>%1 ms, %n Versuche</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer %1 after %2.</source>
        <translation>Antwort %1 nach %2.</translation>
    </message>
    <message>
        <source>No answer after %1.</source>
        <translation>Keine Antwort nach %1.</translation>
    </message>
</context>
<context>
    <name>RowPresenceCommand</name>
    <message>
        <source>Add row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Zeile entfernen</translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>Run a partner workflow (quikly.email-acquisition, ...) and print each step</source>
        <translation>Einen Partner-Workflow ausführen (quikly.email-acquisition, …) und jeden Schritt ausgeben</translation>
    </message>
    <message>
        <source>The workflow, e.g. quikly.sms-subscription.</source>
        <translation>Der Workflow, z. B. quikly.sms-subscription.</translation>
    </message>
    <message>
        <source>List the workflows and their parameters.</source>
        <translation>Die Workflows und ihre Parameter auflisten.</translation>
    </message>
    <message>
        <source>A workflow parameter (repeatable).</source>
        <translation>Ein Workflow-Parameter (mehrfach möglich).</translation>
    </message>
    <message>
        <source>name=value</source>
        <translation>name=value</translation>
    </message>
    <message>
        <source>A partner setting (repeatable); tables as JSON.</source>
        <translation>Eine Partnereinstellung (mehrfach möglich); Tabellen als JSON.</translation>
    </message>
    <message>
        <source>Start from the IDs of the sandbox&apos;s demo workspace.</source>
        <translation>Mit den IDs des Demo-Workspace der Sandbox beginnen.</translation>
    </message>
    <message>
        <source>There is no workflow &quot;%1&quot;; braze-cli run --list shows them.</source>
        <translation>Es gibt keinen Workflow „%1“; braze-cli run --list zeigt alle an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not name=value.</source>
        <translation>„%1“ hat nicht die Form name=value.</translation>
    </message>
    <message>
        <source>--param %1: %2</source>
        <translation>--param %1: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source> (expected %1)</source>
        <translation> (erwartet: %1)</translation>
    </message>
    <message>
        <source>Verdict: %1 — %2 (%3 ms)</source>
        <translation>Ergebnis: %1 – %2 (%3 ms)</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <source>Runs one partner workflow and prints each step and the verdict: against the active workspace (the built-in sandbox when none is set up), the one named with --workspace, or the endpoint given with --endpoint.
With --endpoint the API key is read from the environment variable BRAZE_API_KEY; a saved workspace&apos;s key comes from BRAZE_API_KEY or else the keychain. The workspace&apos;s saved partner settings apply.</source>
        <translation>Führt einen Partner-Workflow aus und gibt jeden Schritt und das Ergebnis aus: im aktiven Workspace (der integrierten Sandbox, wenn keiner eingerichtet ist), im mit --workspace genannten oder am mit --endpoint angegebenen Endpunkt.
Mit --endpoint wird der API-Schlüssel aus der Umgebungsvariablen BRAZE_API_KEY gelesen; der Schlüssel eines gespeicherten Workspace kommt aus BRAZE_API_KEY oder sonst aus dem Schlüsselbund. Es gelten die gespeicherten Partnereinstellungen des Workspace.</translation>
    </message>
    <message>
        <source>Give one workflow; see braze-cli run --help and braze-cli run --list.</source>
        <translation>Geben Sie einen Workflow an; siehe braze-cli run --help und braze-cli run --list.</translation>
    </message>
    <message>
        <source>Workspace: %1 (the built-in sandbox)</source>
        <translation>Workspace: %1 (die integrierte Sandbox)</translation>
    </message>
    <message>
        <source>Workspace: %1 (%2)</source>
        <translation>Workspace: %1 (%2)</translation>
    </message>
    <message>
        <source>Workspace: %1 (the built-in sandbox the console is running, %2)</source>
        <translation>Workspace: %1 (die integrierte Sandbox der laufenden Konsole, %2)</translation>
    </message>
</context>
<context>
    <name>Sandbox::SandboxHost</name>
    <message>
        <source>The sandbox cannot listen on %1 port %2; the port may be in use.</source>
        <translation>Die Sandbox kann nicht auf %1, Port %2 lauschen; der Port ist möglicherweise belegt.</translation>
    </message>
</context>
<context>
    <name>Sandbox::StateFileLock</name>
    <message>
        <source>The sandbox&apos;s state file %1 is in use by %2 (process %3). Close it or wait until it ends, then try again.</source>
        <translation>Die Zustandsdatei der Sandbox %1 wird von %2 (Prozess %3) verwendet. Schließen Sie das Programm oder warten Sie, bis es endet, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>einem anderen Programm</translation>
    </message>
    <message>
        <source>The sandbox&apos;s state file %1 cannot be locked (%2): check that its folder is writable.</source>
        <translation>Die Zustandsdatei der Sandbox %1 lässt sich nicht sperren (%2): Prüfen Sie, ob ihr Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
</context>
<context>
    <name>Sandbox::WebhookAnswers</name>
    <message>
        <source>Each answer must be an object such as {&quot;status&quot;: 503}.</source>
        <translation>Jede Antwort muss ein Objekt wie {&quot;status&quot;: 503} sein.</translation>
    </message>
    <message>
        <source>&quot;status&quot; must be an HTTP status between 100 and 599.</source>
        <translation>&quot;status&quot; muss ein HTTP-Status zwischen 100 und 599 sein.</translation>
    </message>
    <message>
        <source>An answer needs a &quot;status&quot;, &quot;drop&quot;: true or &quot;hang&quot;: true.</source>
        <translation>Eine Antwort braucht &quot;status&quot;, &quot;drop&quot;: true oder &quot;hang&quot;: true.</translation>
    </message>
    <message>
        <source>&quot;delay_ms&quot; must be a number of milliseconds between 0 and 600000.</source>
        <translation>&quot;delay_ms&quot; muss eine Anzahl Millisekunden zwischen 0 und 600000 sein.</translation>
    </message>
    <message>
        <source>&quot;answers&quot; must be an array of at most %1 answers.</source>
        <translation>&quot;answers&quot; muss ein Array mit höchstens %1 Antworten sein.</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <source>Run a local imitation of the Braze REST API with demo data and fault injection</source>
        <translation>Eine lokale Nachbildung der Braze-REST-API mit Demodaten und Fehlerinjektion ausführen</translation>
    </message>
    <message>
        <source>Runs the Braze sandbox until Ctrl+C. Control endpoints live under /_sandbox/ (keys, faults, config, reset, state, requests, sent, webhooks/&lt;any&gt;).</source>
        <translation>Führt die Braze-Sandbox aus, bis Sie Strg+C drücken. Steuerungs-Endpunkte liegen unter /_sandbox/ (keys, faults, config, reset, state, requests, sent, webhooks/&lt;any&gt;).</translation>
    </message>
    <message>
        <source>TCP port (default 8765; 0 picks a free one).</source>
        <translation>TCP-Port (Standard 8765; 0 wählt einen freien).</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1). Other addresses expose a server without limits or timeouts.</source>
        <translation>Adresse, auf der gelauscht wird (Standard 127.0.0.1). Andere Adressen machen einen Server ohne Limits und Zeitlimits erreichbar.</translation>
    </message>
    <message>
        <source>Keep the workspace in this JSON file, so it survives a restart.</source>
        <translation>Den Workspace in dieser JSON-Datei halten, damit er einen Neustart übersteht.</translation>
    </message>
    <message>
        <source>Starting data when there is no state file: demo (default) or empty.</source>
        <translation>Startdaten, wenn es keine Zustandsdatei gibt: demo (Standard) oder empty.</translation>
    </message>
    <message>
        <source>Multiply every rate limit by X (e.g. 0.001 for tests).</source>
        <translation>Jedes Rate-Limit mit X multiplizieren (z. B. 0.001 für Tests).</translation>
    </message>
    <message>
        <source>users/track object limit: per_array_75, combined_75 or combined_50.</source>
        <translation>Objektlimit für users/track: per_array_75, combined_75 oder combined_50.</translation>
    </message>
    <message>
        <source>Milliseconds before a new profile can be read or subscribed.</source>
        <translation>Millisekunden, bevor ein neues Profil gelesen oder angemeldet werden kann.</translation>
    </message>
    <message>
        <source>Custom event name that starts SMS double opt-in.</source>
        <translation>Name des angepassten Events, das das SMS-Double-Opt-in startet.</translation>
    </message>
    <message>
        <source>Milliseconds until a pending double opt-in becomes subscribed.</source>
        <translation>Millisekunden, bis ein ausstehendes Double Opt-in als angemeldet gilt.</translation>
    </message>
    <message>
        <source>Fault: delay every API answer by MS milliseconds.</source>
        <translation>Fehler: jede API-Antwort um MS Millisekunden verzögern.</translation>
    </message>
    <message>
        <source>Fault: share (0..1) of API requests answered with a 5xx error.</source>
        <translation>Fehler: Anteil (0..1) der API-Anfragen, die mit einem 5xx-Fehler beantwortet werden.</translation>
    </message>
    <message>
        <source>Fault: the 5xx status to use (default 503).</source>
        <translation>Fehler: der zu verwendende 5xx-Status (Standard 503).</translation>
    </message>
    <message>
        <source>Fault: share of API requests answered 429 (a 429 storm).</source>
        <translation>Fehler: Anteil der API-Anfragen, die mit 429 beantwortet werden (ein 429-Sturm).</translation>
    </message>
    <message>
        <source>Fault: share of connections closed without an answer.</source>
        <translation>Fehler: Anteil der Verbindungen, die ohne Antwort geschlossen werden.</translation>
    </message>
    <message>
        <source>Fault: share of answers that are an HTML 502 page instead of JSON.</source>
        <translation>Fehler: Anteil der Antworten, die eine HTML-502-Seite statt JSON sind.</translation>
    </message>
    <message>
        <source>Fault: share of answers cut off halfway.</source>
        <translation>Fehler: Anteil der Antworten, die auf halbem Weg abbrechen.</translation>
    </message>
    <message>
        <source>Fault: share of answers sent a few bytes at a time.</source>
        <translation>Fehler: Anteil der Antworten, die stückweise gesendet werden (wenige Bytes auf einmal).</translation>
    </message>
    <message>
        <source>Do not log each request.</source>
        <translation>Nicht jede Anfrage protokollieren.</translation>
    </message>
    <message>
        <source>braze-cli sandbox: --port needs a number from 0 to 65535.</source>
        <translation>braze-cli sandbox: --port braucht eine Zahl von 0 bis 65535.</translation>
    </message>
    <message>
        <source>braze-cli sandbox: --bind needs an IP address such as 127.0.0.1.</source>
        <translation>braze-cli sandbox: --bind braucht eine IP-Adresse wie 127.0.0.1.</translation>
    </message>
    <message>
        <source>braze-cli sandbox: --seed must be demo or empty.</source>
        <translation>braze-cli sandbox: --seed muss demo oder empty sein.</translation>
    </message>
    <message>
        <source>braze-cli sandbox: --%1 needs a number.</source>
        <translation>braze-cli sandbox: --%1 braucht eine Zahl.</translation>
    </message>
    <message>
        <source>Warning: the sandbox is reachable from other machines. It has no request size limits or timeouts; use it only on a trusted network.</source>
        <translation>Warnung: Die Sandbox ist von anderen Rechnern aus erreichbar. Sie hat keine Größenlimits für Anfragen und keine Zeitlimits; verwenden Sie sie nur in einem vertrauenswürdigen Netzwerk.</translation>
    </message>
    <message>
        <source>Braze sandbox listening on %1</source>
        <translation>Braze-Sandbox lauscht auf %1</translation>
    </message>
    <message>
        <source>Demo API keys (fake; they only work here):</source>
        <translation>Demo-API-Schlüssel (unecht; sie funktionieren nur hier):</translation>
    </message>
    <message>
        <source>  (revoked)</source>
        <translation>  (widerrufen)</translation>
    </message>
    <message>
        <source>all permissions</source>
        <translation>alle Berechtigungen</translation>
    </message>
    <message>
        <source>; only from %1</source>
        <translation>; nur von %1</translation>
    </message>
    <message>
        <source>Control API: %1/_sandbox/ (keys, faults, config, reset, state, requests, sent, webhooks/&lt;any&gt;). Ctrl+C stops.</source>
        <translation>Steuerungs-API: %1/_sandbox/ (keys, faults, config, reset, state, requests, sent, webhooks/&lt;any&gt;). Strg+C beendet.</translation>
    </message>
</context>
<context>
    <name>SandboxConfig</name>
    <message>
        <source>The setting &apos;%1&apos; has a value of the wrong type or range.</source>
        <translation>Die Einstellung „%1“ hat einen Wert mit falschem Typ oder außerhalb des gültigen Bereichs.</translation>
    </message>
</context>
<context>
    <name>SaveProblemBar</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>SecretsPanel</name>
    <message>
        <source>stored (hidden)</source>
        <translation>gespeichert (verborgen)</translation>
    </message>
    <message>
        <source>not set: paste the value from your partner</source>
        <translation>nicht festgelegt: Fügen Sie den Wert Ihres Partners ein</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Partner secrets such as Quikly&apos;s authorization are kept in the keychain, never in the template: refer to one in a header as %1. A value saved on a partner&apos;s Settings tab, such as Quikly&apos;s q_scope, is referred to as %2.</source>
        <translation>Partner-Secrets wie Quiklys Autorisierungswert liegen im Schlüsselbund, nie in der Vorlage: Verweisen Sie in einem Header mit %1 darauf. Auf einen Wert aus dem Tab „Einstellungen“ eines Partners, etwa Quiklys q_scope, verweisen Sie mit %2.</translation>
    </message>
    <message>
        <source>not saved: enter it on the partner&apos;s Settings tab</source>
        <translation>nicht gespeichert: im Tab „Einstellungen“ des Partners eingeben</translation>
    </message>
    <message>
        <source>%1 is kept once, on the partner&apos;s Settings tab: change it there and every template that refers to it as %2 follows.</source>
        <translation>%1 wird nur an einer Stelle gespeichert, im Tab „Einstellungen“ des Partners: Ändern Sie den Wert dort, und jede Vorlage, die als %2 darauf verweist, übernimmt ihn.</translation>
    </message>
    <message>
        <source>%1 (from the partner&apos;s Settings tab)</source>
        <translation>%1 (aus dem Tab „Einstellungen“ des Partners)</translation>
    </message>
    <message>
        <source>Partner secrets, kept in the keychain:</source>
        <translation>Partner-Secrets, im Schlüsselbund gespeichert:</translation>
    </message>
    <message>
        <source>Partner settings, saved on the partner&apos;s Settings tab (change them there):</source>
        <translation>Partnereinstellungen, im Tab „Einstellungen“ des Partners gespeichert (dort ändern):</translation>
    </message>
</context>
<context>
    <name>SendTestPanel</name>
    <message>
        <source>Send test</source>
        <translation>Test senden</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>Senden an:</translation>
    </message>
    <message>
        <source>The template&apos;s URL</source>
        <translation>Die URL der Vorlage</translation>
    </message>
    <message>
        <source>The sandbox&apos;s webhook receiver (%1)</source>
        <translation>Der Webhook-Empfänger der Sandbox (%1)</translation>
    </message>
    <message>
        <source>Choose a workspace first.</source>
        <translation>Wählen Sie zuerst einen Workspace.</translation>
    </message>
    <message>
        <source>Sending %1 %2…</source>
        <translation>%1 %2 wird gesendet…</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>Keine Antwort: %1</translation>
    </message>
    <message>
        <source>HTTP %1 in %2 ms%3</source>
        <translation>HTTP %1 in %2 ms%3</translation>
    </message>
    <message>
        <source>Preparing the request…</source>
        <translation>Die Anfrage wird vorbereitet…</translation>
    </message>
</context>
<context>
    <name>SetBodyModeCommand</name>
    <message>
        <source>Change body mode</source>
        <translation>Modus des Anfragetexts ändern</translation>
    </message>
</context>
<context>
    <name>SetRowCommand</name>
    <message>
        <source>Edit header</source>
        <translation>Header bearbeiten</translation>
    </message>
    <message>
        <source>Edit pair</source>
        <translation>Paar bearbeiten</translation>
    </message>
</context>
<context>
    <name>SetStubsCommand</name>
    <message>
        <source>Change connected content stubs</source>
        <translation>Connected-Content-Stubs ändern</translation>
    </message>
</context>
<context>
    <name>SetTextCommand</name>
    <message>
        <source>Edit text</source>
        <translation>Text bearbeiten</translation>
    </message>
</context>
<context>
    <name>StartHerePage</name>
    <message>
        <source>Start here</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>&lt;p&gt;Braze Console helps you set up and test Braze&apos;s partner integrations (Quikly, SmarterSends, ActionIQ, Outgrow) before anything reaches your customers.&lt;/p&gt;&lt;p&gt;You are working in the &lt;b&gt;built-in sandbox&lt;/b&gt;: a copy of Braze&apos;s REST API that runs on this computer, with demo users and demo API keys. Try everything here; nothing is sent to Braze. When you are ready, add your own Braze workspace on the Workspaces page.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mit Braze Console richten Sie die Partnerintegrationen von Braze (Quikly, SmarterSends, ActionIQ, Outgrow) ein und testen sie, bevor irgendetwas Ihre Kundinnen und Kunden erreicht.&lt;/p&gt;&lt;p&gt;Sie arbeiten in der &lt;b&gt;integrierten Sandbox&lt;/b&gt;: einer Nachbildung der REST-API von Braze, die auf diesem Computer läuft, mit Demo-Nutzer:innen und Demo-API-Schlüsseln. Probieren Sie hier alles aus; nichts wird an Braze gesendet. Wenn Sie so weit sind, legen Sie auf der Seite „Workspaces“ Ihren eigenen Braze-Workspace an.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Workspaces</source>
        <translation>&amp;Workspaces</translation>
    </message>
    <message>
        <source>Keep your Braze workspaces (REST endpoint, API key in the system keychain, App ID) and see which permissions each integration needs and which your key really has.</source>
        <translation>Verwalten Sie Ihre Braze-Workspaces (REST-Endpunkt, API-Schlüssel im Schlüsselbund des Systems, App-ID) und sehen Sie, welche Berechtigungen jede Integration braucht und welche Ihr Schlüssel wirklich hat.</translation>
    </message>
    <message>
        <source>&amp;Integration settings</source>
        <translation>&amp;Integrationseinstellungen</translation>
    </message>
    <message>
        <source>Enter the IDs and secrets each partner needs, checked as you type and against Braze, and copy the hand-off sheet for the partner.</source>
        <translation>Geben Sie die IDs und Secrets ein, die jeder Partner braucht, beim Tippen und in Braze geprüft, und kopieren Sie das Übergabeblatt für den Partner.</translation>
    </message>
    <message>
        <source>Webhoo&amp;k templates</source>
        <translation>Webhoo&amp;k-Vorlagen</translation>
    </message>
    <message>
        <source>Build webhook templates with Braze&apos;s Liquid and preview the exact request for a random, an existing or a custom user.</source>
        <translation>Erstellen Sie Webhook-Vorlagen mit dem Liquid von Braze und sehen Sie die genaue Anfrage für ein zufälliges, ein bestehendes oder ein eigenes Nutzerprofil.</translation>
    </message>
    <message>
        <source>&amp;Partner workflows</source>
        <translation>&amp;Partner-Workflows</translation>
    </message>
    <message>
        <source>Run each partner&apos;s documented workflow step by step against Braze and see every request and answer.</source>
        <translation>Führen Sie den dokumentierten Workflow jedes Partners Schritt für Schritt gegen Braze aus und sehen Sie jede Anfrage und jede Antwort.</translation>
    </message>
    <message>
        <source>&amp;Test users</source>
        <translation>&amp;Testnutzer:innen</translation>
    </message>
    <message>
        <source>Look up, create and change test users by hand: attributes, events, subscriptions and aliases.</source>
        <translation>Suchen, anlegen und ändern Sie Testnutzer:innen von Hand: Attribute, Events, Abonnements und Aliase.</translation>
    </message>
    <message>
        <source>Hover over a Braze term such as “alias-only profile” or “subscription group” to see what it means. F1 opens the user guide at the page you are on.</source>
        <translation>Zeigen Sie mit der Maus auf einen Braze-Begriff wie „reines Alias-Profil“ oder „Abo-Gruppe“, um zu sehen, was er bedeutet. F1 öffnet das Benutzerhandbuch bei der Seite, auf der Sie gerade sind.</translation>
    </message>
    <message>
        <source>Open the &amp;user guide</source>
        <translation>&amp;Benutzerhandbuch öffnen</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Ausblenden</translation>
    </message>
    <message>
        <source>Close this page; it will not open at start again. Help › Start here brings it back.</source>
        <translation>Schließt diese Seite; sie öffnet sich beim Start nicht mehr. Hilfe › Erste Schritte holt sie zurück.</translation>
    </message>
</context>
<context>
    <name>StateFile</name>
    <message>
        <source>Cannot read the sandbox state file %1: %2</source>
        <translation>Die Sandbox-Zustandsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file %1 is not a sandbox state file (%2). Choose another file or delete it.</source>
        <translation>Die Datei %1 ist keine Sandbox-Zustandsdatei (%2). Wählen Sie eine andere Datei oder löschen Sie sie.</translation>
    </message>
</context>
<context>
    <name>StepReport</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <source>%1 %2: expected %3, actual %4</source>
        <translation>%1 %2: erwartet %3, tatsächlich %4</translation>
    </message>
    <message>
        <source>Request #%1 (request log): %2 %3</source>
        <translation>Anfrage #%1 (Anfrageprotokoll): %2 %3</translation>
    </message>
    <message>
        <source>Response: HTTP %1 after %2 ms</source>
        <translation>Antwort: HTTP %1 nach %2 ms</translation>
    </message>
</context>
<context>
    <name>StubsPanel</name>
    <message>
        <source>&amp;Add stub</source>
        <translation>Stub &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve stub</source>
        <translation>Stub &amp;entfernen</translation>
    </message>
    <message>
        <source>connected_content calls to these URLs get this answer in the preview instead of going to the network, so it works offline and can rehearse failures (status 500 with :retry). A URL ending in * answers every URL that starts with it. Stubs are saved with the template.</source>
        <translation>connected_content-Aufrufe an diese URLs erhalten in der Vorschau diese Antwort, statt ins Netz zu gehen: So funktioniert die Vorschau offline und kann Fehler proben (Status 500 mit :retry). Eine URL mit * am Ende beantwortet jede URL, die so beginnt. Stubs werden mit der Vorlage gespeichert.</translation>
    </message>
    <message>
        <source>Connected content stubs</source>
        <translation>Connected-Content-Stubs</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Inhalt</translation>
    </message>
</context>
<context>
    <name>SubscriptionEditor</name>
    <message>
        <source>Subscription group ID (Audience › Subscriptions)</source>
        <translation>ID der Abo-Gruppe (Zielgruppe › Abonnements)</translation>
    </message>
    <message>
        <source>Subscribed</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Gruppe:</translation>
    </message>
    <message>
        <source>New state:</source>
        <translation>Neuer Status:</translation>
    </message>
    <message>
        <source>%1 (%2, now %3)</source>
        <translation>%1 (%2, jetzt %3)</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>%1 (%2, no state yet)</source>
        <translation>%1 (%2, noch kein Status)</translation>
    </message>
</context>
<context>
    <name>SubscriptionSteps</name>
    <message>
        <source>The subscription state is %1.</source>
        <translation>Der Abo-Status ist %1.</translation>
    </message>
    <message>
        <source>The subscription state is %1, expected %2.</source>
        <translation>Der Abo-Status ist %1, erwartet: %2.</translation>
    </message>
    <message>
        <source>Braze accepted the new state: %1.</source>
        <translation>Braze hat den neuen Status akzeptiert: %1.</translation>
    </message>
    <message>
        <source>No profile in Braze holds this number yet: store it on the user&apos;s profile (in E.164, e.g. +4915112345678) before subscribing it. Braze may also need a few minutes between dependent calls.</source>
        <translation>Noch kein Profil in Braze hat diese Nummer: Speichern Sie sie im Nutzerprofil (im Format E.164, z. B. +4915112345678), bevor Sie sie abonnieren. Braze braucht zudem manchmal einige Minuten zwischen abhängigen Aufrufen.</translation>
    </message>
    <message>
        <source>The number is unsubscribed from this group, for example after replying STOP; only the user&apos;s own opt-in subscribes it again.</source>
        <translation>Die Nummer ist von dieser Gruppe abgemeldet, etwa nach einer STOP-Antwort; nur die eigene Einwilligung der:des Nutzer:in meldet sie wieder an.</translation>
    </message>
    <message>
        <source>The number has not reached the expected state yet; Braze may need a few minutes between dependent calls.</source>
        <translation>Die Nummer hat den erwarteten Status noch nicht erreicht; Braze braucht manchmal einige Minuten zwischen abhängigen Aufrufen.</translation>
    </message>
</context>
<context>
    <name>TableFieldEditor</name>
    <message>
        <source>Add row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message>
        <source>Add the partner&apos;s examples</source>
        <translation>Beispiele des Partners hinzufügen</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Notes for your team</source>
        <translation>Notizen für Ihr Team</translation>
    </message>
    <message>
        <source>JSON key/value pairs</source>
        <translation>JSON-Schlüssel/Wert-Paare</translation>
    </message>
    <message>
        <source>Raw text</source>
        <translation>Rohtext</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Vorlage speichern</translation>
    </message>
    <message>
        <source>Insert personalization</source>
        <translation>Personalisierung einfügen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Anfrage-Header</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Anfragetext</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Insert Content Block</source>
        <translation>Content Block einfügen</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Name der Vorlage</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Body fields</source>
        <translation>Felder des Anfragetexts</translation>
    </message>
</context>
<context>
    <name>TemplateListPanel</name>
    <message>
        <source>Search name, URL, notes</source>
        <translation>Name, URL, Notizen durchsuchen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>From preset</source>
        <translation>Aus Vorgabe</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Search the templates</source>
        <translation>Vorlagen durchsuchen</translation>
    </message>
    <message>
        <source>Webhook templates</source>
        <translation>Webhook-Vorlagen</translation>
    </message>
</context>
<context>
    <name>TestUsersPage</name>
    <message>
        <source>Read again</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Look a user up by external ID, e-mail address, phone number, alias or Braze ID. You can then inspect the profile and change it; every change is shown as the request it sends before you send it.</source>
        <translation>Suchen Sie ein Nutzerprofil über externe ID, E-Mail-Adresse, Telefonnummer, Alias oder Braze-ID. Danach können Sie das Profil ansehen und ändern; jede Änderung sehen Sie vor dem Senden als Anfrage.</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) found.</source>
        <translation>
            <numerusform>%n Profil gefunden.</numerusform>
            <numerusform>%n Profile gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>No profile found for %1.</source>
        <translation>Kein Profil für %1 gefunden.</translation>
    </message>
    <message>
        <source>Sent. Reading the profile again…</source>
        <translation>Gesendet. Profil wird neu geladen…</translation>
    </message>
    <message>
        <source>Braze accepted the request but reported: %1</source>
        <translation>Braze hat die Anfrage akzeptiert, aber gemeldet: %1</translation>
    </message>
    <message>
        <source>Braze has not shown the change yet; reading again (attempt %1)…</source>
        <translation>Braze zeigt die Änderung noch nicht an; wird neu geladen (Versuch %1)…</translation>
    </message>
    <message>
        <source>Done, but the profile shows no change. Braze may still be processing it: use “Read again” in a minute.</source>
        <translation>Fertig, aber das Profil zeigt keine Änderung. Braze verarbeitet sie eventuell noch: Verwenden Sie in einer Minute „Neu laden“.</translation>
    </message>
    <message>
        <source>Done. Changed: %1</source>
        <translation>Fertig. Geändert: %1</translation>
    </message>
    <message>
        <source>The profile %1 no longer exists.</source>
        <translation>Das Profil %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>No workspace is connected: add one with an endpoint and an API key on the Workspaces page.</source>
        <translation>Es ist kein Workspace verbunden: Fügen Sie auf der Seite „Workspaces“ einen mit Endpunkt und API-Schlüssel hinzu.</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>%1 wird gesucht…</translation>
    </message>
    <message>
        <source>%1 (alias-only profile)</source>
        <translation>%1 (reines Alias-Profil)</translation>
    </message>
    <message>
        <source>Sending: %1…</source>
        <translation>Wird gesendet: %1…</translation>
    </message>
    <message>
        <source>Remove from saved test users</source>
        <translation>Aus den gespeicherten Testnutzer:innen entfernen</translation>
    </message>
    <message>
        <source>Save as test user</source>
        <translation>Als Testnutzer:in speichern</translation>
    </message>
    <message>
        <source>Change this profile in Braze?</source>
        <translation>Dieses Profil in Braze ändern?</translation>
    </message>
    <message>
        <source>This is a real Braze workspace, not the sandbox.</source>
        <translation>Dies ist ein echter Braze-Workspace, nicht die Sandbox.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
</context>
<context>
    <name>TypedAnswer</name>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false.</source>
        <translation>„%1“ ist weder true noch false.</translation>
    </message>
    <message>
        <source>The answer is longer than the 255 characters Braze keeps in a text attribute.</source>
        <translation>Die Antwort ist länger als die 255 Zeichen, die Braze in einem Text-Attribut speichert.</translation>
    </message>
</context>
<context>
    <name>TypedValueEdit</name>
    <message>
        <source>e.g. 42 or 3.5</source>
        <translation>z. B. 42 oder 3.5</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>e.g. 2025-04-01 or 2025-04-01T09:00:00Z</source>
        <translation>z. B. 2025-04-01 oder 2025-04-01T09:00:00Z</translation>
    </message>
    <message>
        <source>e.g. red, green</source>
        <translation>z. B. rot, grün</translation>
    </message>
    <message>
        <source>Text, up to 255 characters</source>
        <translation>Text, bis zu 255 Zeichen</translation>
    </message>
</context>
<context>
    <name>UserCommand</name>
    <message>
        <source>Show a user&apos;s profile, set attributes or log an event (user show|set|event)</source>
        <translation>Nutzerprofil anzeigen, Attribute setzen oder ein Event protokollieren (user show|set|event)</translation>
    </message>
    <message>
        <source>show: prints the profile as JSON (several profiles sharing an e-mail address or phone: a JSON array).
set: sets attributes, e.g. --attr plan=gold --attr visits:number=42 --attr vip:boolean=true --attr renewal:time=2026-01-31 --attr colours:array=red,green --clear home_city.
event: logs a custom event now, e.g. --name quiz_completed --property score:number=42 --property scope=spring.
set and event print the request with --dry-run; otherwise they send it, read the profile again and print the changes. The API key comes from BRAZE_API_KEY.</source>
        <translation>show: gibt das Profil als JSON aus (bei mehreren Profilen mit derselben E-Mail-Adresse oder Telefonnummer: ein JSON-Array).
set: setzt Attribute, z. B. --attr plan=gold --attr visits:number=42 --attr vip:boolean=true --attr renewal:time=2026-01-31 --attr colours:array=red,green --clear home_city.
event: protokolliert jetzt ein angepasstes Event, z. B. --name quiz_completed --property score:number=42 --property scope=spring.
set und event geben mit --dry-run die Anfrage aus; sonst senden sie sie, lesen das Profil neu und geben die Änderungen aus. Der API-Schlüssel stammt aus BRAZE_API_KEY.</translation>
    </message>
    <message>
        <source>show, set or event</source>
        <translation>show, set oder event</translation>
    </message>
    <message>
        <source>The user&apos;s external ID.</source>
        <translation>Die externe ID der:des Nutzer:in.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The user&apos;s e-mail address.</source>
        <translation>Die E-Mail-Adresse der:des Nutzer:in.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>The user&apos;s phone number (E.164).</source>
        <translation>Die Telefonnummer der:des Nutzer:in (E.164).</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMMER</translation>
    </message>
    <message>
        <source>A user alias as name:label.</source>
        <translation>Ein Nutzer-Alias als Name:Label.</translation>
    </message>
    <message>
        <source>NAME:LABEL</source>
        <translation>NAME:LABEL</translation>
    </message>
    <message>
        <source>The profile&apos;s Braze ID.</source>
        <translation>Die Braze-ID des Profils.</translation>
    </message>
    <message>
        <source>set: an attribute as name=value or name:type=value (type: string, number, boolean, time, array).</source>
        <translation>set: ein Attribut als name=value oder name:type=value (Typ: string, number, boolean, time, array).</translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation>ANGABE</translation>
    </message>
    <message>
        <source>set: removes this attribute.</source>
        <translation>set: entfernt dieses Attribut.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>event: the custom event&apos;s name.</source>
        <translation>event: der Name des angepassten Events.</translation>
    </message>
    <message>
        <source>event: a property as key=value or key:type=value.</source>
        <translation>event: eine Eigenschaft als key=value oder key:type=value.</translation>
    </message>
    <message>
        <source>set, event: print the request instead of sending it.</source>
        <translation>set, event: die Anfrage ausgeben, statt sie zu senden.</translation>
    </message>
    <message>
        <source>Name the user with exactly one of --external-id, --email, --phone, --alias NAME:LABEL or --braze-id.</source>
        <translation>Nennen Sie die:den Nutzer:in mit genau einer der Optionen --external-id, --email, --phone, --alias NAME:LABEL oder --braze-id.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>write name=value or name:type=value with type string, number, boolean, time or array.</source>
        <translation>schreiben Sie name=value oder name:type=value mit type string, number, boolean, time oder array.</translation>
    </message>
    <message>
        <source>No profile found for %1.</source>
        <translation>Kein Profil für %1 gefunden.</translation>
    </message>
    <message>
        <source>Braze reported: %1</source>
        <translation>Braze hat gemeldet: %1</translation>
    </message>
    <message>
        <source>Braze has not shown the change yet; reading again (attempt %1)</source>
        <translation>Braze zeigt die Änderung noch nicht an; wird neu geladen (Versuch %1)</translation>
    </message>
    <message>
        <source>The profile can no longer be found.</source>
        <translation>Das Profil ist nicht mehr auffindbar.</translation>
    </message>
    <message>
        <source>The profile shows no change yet; Braze may still be processing the request.</source>
        <translation>Das Profil zeigt noch keine Änderung; Braze verarbeitet die Anfrage eventuell noch.</translation>
    </message>
    <message numerus="yes">
        <source>%n profiles share %1.</source>
        <translation>
            <numerusform>%n Profil passt zu %1.</numerusform>
            <numerusform>%n Profile passen zu %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n profiles share %1; name one with --external-id or --braze-id (see braze-cli user show).</source>
        <translation>
            <numerusform>%n Profil passt zu %1; wählen Sie eines mit --external-id oder --braze-id aus (siehe braze-cli user show).</numerusform>
            <numerusform>%n Profile passen zu %1; wählen Sie eines mit --external-id oder --braze-id aus (siehe braze-cli user show).</numerusform>
        </translation>
    </message>
    <message>
        <source>Say what to do: braze-cli user show|set|event --external-id ID ...</source>
        <translation>Geben Sie an, was zu tun ist: braze-cli user show|set|event --external-id ID ...</translation>
    </message>
</context>
<context>
    <name>UserGuideWindow</name>
    <message>
        <source>User guide — Braze Console</source>
        <translation>Benutzerhandbuch – Braze Console</translation>
    </message>
    <message>
        <source>Search the guide (Enter: next, Shift+Enter: previous)</source>
        <translation>Im Handbuch suchen (Eingabe: nächste, Umschalt+Eingabe: vorherige Stelle)</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Im Handbuch suchen</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Not in the guide.</source>
        <translation>Nicht im Handbuch.</translation>
    </message>
    <message numerus="yes">
        <source>In %n section(s)</source>
        <translation>
            <numerusform>In %n Abschnitt</numerusform>
            <numerusform>In %n Abschnitten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserLookupBar</name>
    <message>
        <source>Look up</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Saved test users</source>
        <translation>Gespeicherte Testnutzer:innen</translation>
    </message>
    <message>
        <source>No saved test users yet: look a user up and choose “Save as test user”.</source>
        <translation>Noch keine gespeicherten Testnutzer:innen: Suchen Sie ein Nutzerprofil und wählen Sie „Als Testnutzer:in speichern“.</translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation>Wird gesucht…</translation>
    </message>
    <message>
        <source>Identifier to look up</source>
        <translation>Gesuchte Kennung</translation>
    </message>
</context>
<context>
    <name>UserSteps</name>
    <message>
        <source>Braze refused part of the data: %1</source>
        <translation>Braze hat einen Teil der Daten abgelehnt: %1</translation>
    </message>
    <message>
        <source>Correct the value Braze names and run the workflow again.</source>
        <translation>Korrigieren Sie den Wert, den Braze nennt, und führen Sie den Workflow erneut aus.</translation>
    </message>
    <message>
        <source>No profile matches this user.</source>
        <translation>Kein Profil passt zu dieser:diesem Nutzer:in.</translation>
    </message>
    <message>
        <source>Check the identifier; a profile created moments ago may need a little longer to appear.</source>
        <translation>Prüfen Sie die Kennung; ein gerade erst angelegtes Profil braucht eventuell etwas länger, bis es erscheint.</translation>
    </message>
    <message>
        <source>No profile yet: a new one is needed.</source>
        <translation>Noch kein Profil: Ein neues wird benötigt.</translation>
    </message>
    <message numerus="yes">
        <source>%n profiles share this identifier; Braze uses the most recently updated one.</source>
        <translation>
            <numerusform>%n Profil hat diese Kennung; Braze verwendet das zuletzt aktualisierte.</numerusform>
            <numerusform>%n Profile haben diese Kennung; Braze verwendet das zuletzt aktualisierte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Profile found (braze_id %1).</source>
        <translation>Profil gefunden (braze_id %1).</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>The attribute %1 is %2, expected %3.</source>
        <translation>Das Attribut %1 ist %2, erwartet: %3.</translation>
    </message>
    <message>
        <source>Braze processes data asynchronously; if the value is right a moment later, nothing is wrong.</source>
        <translation>Braze verarbeitet Daten asynchron; stimmt der Wert einen Moment später, ist alles in Ordnung.</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>erfasst</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>The event %1 is not on the profile.</source>
        <translation>Das Event %1 ist nicht im Profil.</translation>
    </message>
    <message>
        <source>Alias-only profile created: %1 (%2).</source>
        <translation>Reines Alias-Profil angelegt: %1 (%2).</translation>
    </message>
    <message>
        <source>There are no attributes to send.</source>
        <translation>Es gibt keine Attribute zum Senden.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n attribute(s).</source>
        <translation>
            <numerusform>%n Attribut gesendet.</numerusform>
            <numerusform>%n Attribute gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Event %1 sent.</source>
        <translation>Event %1 gesendet.</translation>
    </message>
    <message>
        <source>never entered</source>
        <translation>nie betreten</translation>
    </message>
    <message>
        <source>entered at %1</source>
        <translation>betreten am %1</translation>
    </message>
    <message>
        <source>last entered at %1, before this run</source>
        <translation>zuletzt betreten am %1, vor diesem Lauf</translation>
    </message>
    <message>
        <source>Canvas %1</source>
        <translation>Canvas %1</translation>
    </message>
    <message>
        <source>entered during this run</source>
        <translation>während dieses Laufs betreten</translation>
    </message>
    <message>
        <source>The user did not enter the Canvas %1 during this run.</source>
        <translation>Die Person hat den Canvas %1 während dieses Laufs nicht betreten.</translation>
    </message>
    <message>
        <source>Check that the Canvas is active, uses API-triggered entry and that the user qualifies for its entry audience; Braze processes entries asynchronously.</source>
        <translation>Prüfen Sie, dass der Canvas aktiv ist, API-getriggerten Eintritt nutzt und die Person zur Eintrittszielgruppe gehört; Braze verarbeitet Eintritte asynchron.</translation>
    </message>
</context>
<context>
    <name>Users::ActionRunner</name>
    <message>
        <source>No workspace is connected.</source>
        <translation>Es ist kein Workspace verbunden.</translation>
    </message>
    <message>
        <source>Looking up %1 still finds this profile: Braze keeps the old ID as deprecated until you remove it.</source>
        <translation>Gegenprobe (%1): findet weiterhin dieses Profil; Braze behält die alte ID als veraltet, bis Sie sie entfernen.</translation>
    </message>
    <message>
        <source>Looking up %1 still finds a profile (braze_id %2).</source>
        <translation>Gegenprobe (%1): findet weiterhin ein Profil (braze_id %2).</translation>
    </message>
    <message numerus="yes">
        <source>Looking up %1 still finds %n profile(s).</source>
        <translation>
            <numerusform>Gegenprobe (%1): findet weiterhin %n Profil.</numerusform>
            <numerusform>Gegenprobe (%1): findet weiterhin %n Profile.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking up %1 now finds no profile.</source>
        <translation>Gegenprobe (%1): kein Profil mehr gefunden.</translation>
    </message>
    <message>
        <source>Looking up %1 no longer finds this profile.</source>
        <translation>Gegenprobe (%1): findet dieses Profil nicht mehr.</translation>
    </message>
    <message>
        <source>Braze refused the change: %1</source>
        <translation>Braze hat die Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Looking up %1 now finds only this profile: the duplicate is gone.</source>
        <translation>Die Suche nach %1 findet jetzt nur noch dieses Profil: Das Duplikat ist verschwunden.</translation>
    </message>
</context>
<context>
    <name>Users::ProfileLoader</name>
    <message>
        <source>No workspace is connected.</source>
        <translation>Es ist kein Workspace verbunden.</translation>
    </message>
    <message>
        <source>Choose a workspace with an endpoint and an API key on the Workspaces page.</source>
        <translation>Wählen Sie auf der Seite „Workspaces“ einen Workspace mit Endpunkt und API-Schlüssel.</translation>
    </message>
    <message>
        <source>Braze reports subscription groups only for profiles with an external ID, e-mail address or phone number.</source>
        <translation>Braze meldet Abo-Gruppen nur für Profile mit externer ID, E-Mail-Adresse oder Telefonnummer.</translation>
    </message>
    <message>
        <source>The subscription groups could not be read: %1</source>
        <translation>Die Abo-Gruppen konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Users::TestUserStore</name>
    <message>
        <source>The saved test users could not be read from %1: %2</source>
        <translation>Die gespeicherten Testnutzer:innen konnten nicht aus %1 gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file of saved test users (%1) is damaged and was not read. Fix or delete it; saving a test user replaces it.</source>
        <translation>Die Datei mit gespeicherten Testnutzer:innen (%1) ist beschädigt und wurde nicht gelesen. Reparieren oder löschen Sie sie; beim Speichern einer:eines Testnutzer:in wird sie ersetzt.</translation>
    </message>
</context>
<context>
    <name>Users::UserAction</name>
    <message>
        <source>Choose at least one attribute to set or clear.</source>
        <translation>Wählen Sie mindestens ein Attribut zum Setzen oder Leeren.</translation>
    </message>
    <message numerus="yes">
        <source>Set %n attribute(s) on %1</source>
        <translation>
            <numerusform>%n Attribut für %1 setzen</numerusform>
            <numerusform>%n Attribute für %1 setzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Log the event “%1” for %2</source>
        <translation>Event „%1“ für %2 protokollieren</translation>
    </message>
    <message>
        <source>Subscribe %1 to the group %2</source>
        <translation>%1 in der Gruppe %2 anmelden</translation>
    </message>
    <message>
        <source>Unsubscribe %1 from the group %2</source>
        <translation>%1 von der Gruppe %2 abmelden</translation>
    </message>
    <message>
        <source>Enter the subscription group ID (Audience › Subscriptions in the Braze dashboard).</source>
        <translation>Geben Sie die ID der Abo-Gruppe ein (Zielgruppe › Abonnements im Braze-Dashboard).</translation>
    </message>
    <message>
        <source>Add the alias %1 (%2) to %3</source>
        <translation>Alias %1 (%2) zu %3 hinzufügen</translation>
    </message>
    <message>
        <source>Braze adds aliases only to profiles with an external ID. Identify this profile first.</source>
        <translation>Braze fügt Aliasse nur Profilen mit externer ID hinzu. Identifizieren Sie dieses Profil zuerst.</translation>
    </message>
    <message>
        <source>Give %1 the external ID “%2”</source>
        <translation>%1 die externe ID „%2“ geben</translation>
    </message>
    <message>
        <source>This profile already has the external ID “%1”; Braze does not change it.</source>
        <translation>Dieses Profil hat bereits die externe ID „%1“; Braze ändert sie nicht.</translation>
    </message>
    <message>
        <source>Only a profile with an alias can be identified here.</source>
        <translation>Hier kann nur ein Profil mit Alias identifiziert werden.</translation>
    </message>
    <message>
        <source>Create an alias-only profile %1</source>
        <translation>Reines Alias-Profil %1 anlegen</translation>
    </message>
    <message>
        <source>Delete the profile %1</source>
        <translation>Profil %1 löschen</translation>
    </message>
    <message>
        <source>Braze merges only into a profile with an external ID or an alias.</source>
        <translation>Braze führt nur in ein Profil mit externer ID oder Alias zusammen.</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>Zusammenführen: %1 in %2</translation>
    </message>
    <message>
        <source>Braze moves the attributes, events, purchases, subscriptions and aliases of the profile %1 into %2 (values already on %2 win) and then deletes the profile %1. This cannot be undone.</source>
        <translation>Braze verschiebt die Attribute, Events, Käufe, Abos und Aliase des Profils „%1“ in das Profil „%2“ (Werte, die „%2“ schon hat, bleiben) und löscht dann das Profil „%1“. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>This profile has no external ID to rename; identify it instead.</source>
        <translation>Dieses Profil hat keine externe ID zum Umbenennen; identifizieren Sie es stattdessen.</translation>
    </message>
    <message>
        <source>Rename the external ID “%1” to “%2”</source>
        <translation>Externe ID „%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <source>The profile&apos;s external ID becomes “%2”. Braze keeps “%1” as a deprecated external ID: it still finds this profile until you remove it.</source>
        <translation>Die externe ID des Profils wird „%2“. Braze behält „%1“ als veraltete externe ID: Sie findet dieses Profil weiterhin, bis Sie sie entfernen.</translation>
    </message>
    <message>
        <source>Enter the deprecated external ID to remove (the one this profile had before a rename).</source>
        <translation>Geben Sie die veraltete externe ID ein, die entfernt werden soll (die das Profil vor einer Umbenennung hatte).</translation>
    </message>
    <message>
        <source>“%1” is this profile&apos;s current external ID; Braze removes only deprecated IDs. Rename it first.</source>
        <translation>„%1“ ist die aktuelle externe ID dieses Profils; Braze entfernt nur veraltete IDs. Benennen Sie sie zuerst um.</translation>
    </message>
    <message>
        <source>Remove the deprecated external ID “%1”</source>
        <translation>Veraltete externe ID „%1“ entfernen</translation>
    </message>
    <message>
        <source>Braze removes the deprecated external ID “%1”: it no longer finds any profile. The profile keeps its current external ID and all its data.</source>
        <translation>Braze entfernt die veraltete externe ID „%1“: Sie findet danach kein Profil mehr. Das Profil behält seine aktuelle externe ID und alle Daten.</translation>
    </message>
    <message>
        <source>Enter the identifier of the profile to merge into this one.</source>
        <translation>Geben Sie den Bezeichner des Profils ein, das in dieses zusammengeführt werden soll.</translation>
    </message>
    <message>
        <source>Braze&apos;s merge does not take a Braze ID: name the duplicate by its external ID, alias, e-mail address or phone number.</source>
        <translation>Beim Zusammenführen akzeptiert Braze keine Braze-ID: Nennen Sie das Duplikat über seine externe ID, seinen Alias, seine E-Mail-Adresse oder Telefonnummer.</translation>
    </message>
    <message>
        <source>This profile has %1 itself, so Braze could pick it as the duplicate: name the duplicate by its external ID or alias instead.</source>
        <translation>Dieses Profil hat selbst %1, Braze könnte es also als Duplikat wählen: Nennen Sie das Duplikat stattdessen über seine externe ID oder seinen Alias.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Messages go to external IDs or aliases only.</source>
        <translation>Nachrichten gehen nur an externe IDs oder Aliasse.</translation>
    </message>
    <message>
        <source>A broadcast goes to a whole segment; remove the individual users or turn broadcast off.</source>
        <translation>Ein Broadcast geht an ein ganzes Segment; entfernen Sie die einzelnen Nutzer:innen oder schalten Sie Broadcast aus.</translation>
    </message>
    <message>
        <source>No recipients: name users, a segment, or send as a broadcast.</source>
        <translation>Keine Empfänger: Nennen Sie Nutzer:innen oder ein Segment, oder senden Sie als Broadcast.</translation>
    </message>
    <message>
        <source>The subscription state must be opted_in, subscribed or all.</source>
        <translation>Der Abo-Status muss opted_in, subscribed oder all sein.</translation>
    </message>
    <message>
        <source>Nothing to update: change the schedule, the messages or both.</source>
        <translation>Nichts zu aktualisieren: Ändern Sie den Zeitplan, die Nachrichten oder beides.</translation>
    </message>
    <message>
        <source>A broadcast goes to the campaign&apos;s whole segment; remove the recipients or turn broadcast off.</source>
        <translation>Ein Broadcast geht an das ganze Segment der Kampagne; entfernen Sie die Empfänger oder schalten Sie Broadcast aus.</translation>
    </message>
    <message>
        <source>To send to a user who may not exist yet, also give attributes to create the profile with.</source>
        <translation>Um an eine:n Nutzer:in zu senden, deren Profil eventuell noch nicht existiert, geben Sie auch Attribute an, mit denen das Profil angelegt wird.</translation>
    </message>
    <message>
        <source>No message to send: add at least one messaging object (email, webhook, ...).</source>
        <translation>Keine Nachricht zum Senden: Fügen Sie mindestens ein Messaging-Objekt hinzu (email, webhook, …).</translation>
    </message>
    <message>
        <source>The length must be between 1 and 100 days.</source>
        <translation>Der Zeitraum muss zwischen 1 und 100 Tagen liegen.</translation>
    </message>
    <message>
        <source>The page number cannot be negative.</source>
        <translation>Die Seitenzahl darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>“%1” is required.</source>
        <translation>„%1“ ist erforderlich.</translation>
    </message>
    <message>
        <source>%1 items in “%2”; Braze accepts at most %3 per request. Split them into several calls.</source>
        <translation>%1 Einträge in „%2“; Braze akzeptiert höchstens %3 pro Anfrage. Teilen Sie sie auf mehrere Aufrufe auf.</translation>
    </message>
    <message>
        <source>The send ID “%1” must be plain ASCII and at most 64 characters.</source>
        <translation>Die Send-ID „%1“ darf nur ASCII-Zeichen enthalten und höchstens 64 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Subscription calls accept only external IDs, e-mail addresses and phone numbers.</source>
        <translation>Abo-Aufrufe akzeptieren nur externe IDs, E-Mail-Adressen und Telefonnummern.</translation>
    </message>
    <message>
        <source>Name at least one user.</source>
        <translation>Nennen Sie mindestens eine:n Nutzer:in.</translation>
    </message>
    <message>
        <source>Give e-mail addresses or phone numbers, not both: Braze refuses the mix.</source>
        <translation>Geben Sie E-Mail-Adressen oder Telefonnummern an, nicht beides: Braze lehnt die Mischung ab.</translation>
    </message>
    <message>
        <source>The limit must be between 1 and 100.</source>
        <translation>Das Limit muss zwischen 1 und 100 liegen.</translation>
    </message>
    <message>
        <source>Add at least one subscription group.</source>
        <translation>Fügen Sie mindestens eine Abo-Gruppe hinzu.</translation>
    </message>
    <message>
        <source>E-mail addresses and phone numbers cannot be changed in the same call; send two calls.</source>
        <translation>E-Mail-Adressen und Telefonnummern können nicht im selben Aufruf geändert werden; senden Sie zwei Aufrufe.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter ISO 4217 code in capitals, e.g. USD.</source>
        <translation>Die Währung muss ein dreistelliger ISO-4217-Code in Großbuchstaben sein, z. B. EUR.</translation>
    </message>
    <message>
        <source>The quantity must be between 1 and 100.</source>
        <translation>Die Menge muss zwischen 1 und 100 liegen.</translation>
    </message>
    <message>
        <source>Nothing to send: add at least one attribute update, event or purchase.</source>
        <translation>Nichts zu senden: Fügen Sie mindestens eine Attributänderung, ein Event oder einen Kauf hinzu.</translation>
    </message>
    <message>
        <source>Only one “%1” can be exported per request.</source>
        <translation>Pro Anfrage kann nur ein „%1“ exportiert werden.</translation>
    </message>
    <message>
        <source>Name at least one user to export.</source>
        <translation>Nennen Sie mindestens eine:n Nutzer:in zum Exportieren.</translation>
    </message>
    <message>
        <source>Add at least one alias.</source>
        <translation>Fügen Sie mindestens einen Alias hinzu.</translation>
    </message>
    <message>
        <source>Identifying by e-mail or phone needs a prioritization, e.g. “unidentified”, “most_recently_updated”.</source>
        <translation>Das Identifizieren per E-Mail oder Telefon braucht eine Priorisierung, z. B. „unidentified“, „most_recently_updated“.</translation>
    </message>
    <message>
        <source>Only a profile found by alias, e-mail or phone can be identified.</source>
        <translation>Nur ein per Alias, E-Mail oder Telefon gefundenes Profil kann identifiziert werden.</translation>
    </message>
    <message>
        <source>Add at least one profile to identify.</source>
        <translation>Fügen Sie mindestens ein zu identifizierendes Profil hinzu.</translation>
    </message>
    <message>
        <source>Name at least one user to delete.</source>
        <translation>Nennen Sie mindestens eine:n Nutzer:in zum Löschen.</translation>
    </message>
    <message>
        <source>All users deleted in one call must be identified the same way (all external IDs, all aliases, ...).</source>
        <translation>Alle in einem Aufruf gelöschten Nutzer:innen müssen auf dieselbe Art identifiziert sein (alle über externe IDs, alle über Aliasse, …).</translation>
    </message>
    <message>
        <source>Deleting by e-mail or phone needs a prioritization, e.g. “identified”.</source>
        <translation>Das Löschen per E-Mail oder Telefon braucht eine Priorisierung, z. B. „identified“.</translation>
    </message>
    <message>
        <source>No user is given: enter an external ID, Braze ID, alias, e-mail address or phone number.</source>
        <translation>Keine Nutzer:in angegeben: Geben Sie eine externe ID, Braze-ID, einen Alias, eine E-Mail-Adresse oder eine Telefonnummer ein.</translation>
    </message>
    <message>
        <source>The external ID is empty.</source>
        <translation>Die externe ID ist leer.</translation>
    </message>
    <message>
        <source>The Braze ID is empty.</source>
        <translation>Die Braze-ID ist leer.</translation>
    </message>
    <message>
        <source>A user alias needs both a name and a label (e.g. name “ann@example.com”, label “email”).</source>
        <translation>Ein Nutzer-Alias braucht einen Namen und ein Label (z. B. Name „ann@example.com“, Label „email“).</translation>
    </message>
    <message>
        <source>“%1” is a standard Braze profile field, not a custom attribute. Use another name, e.g. with a prefix such as “partner_%1”.</source>
        <translation>„%1“ ist ein Standard-Profilfeld von Braze, kein angepasstes Attribut. Verwenden Sie einen anderen Namen, z. B. mit einem Präfix wie „partner_%1“.</translation>
    </message>
    <message>
        <source>The nested attribute key “%1” contains a space, “.” or “$”, which Braze does not allow inside objects. Use “_” instead.</source>
        <translation>Der verschachtelte Attributschlüssel „%1“ enthält ein Leerzeichen, „.“ oder „$“, was Braze in Objekten nicht erlaubt. Verwenden Sie stattdessen „_“.</translation>
    </message>
    <message>
        <source>“%1” is reserved by Braze and makes the call fail. Rename the property, e.g. “%1_value”.</source>
        <translation>„%1“ ist von Braze reserviert und lässt den Aufruf fehlschlagen. Benennen Sie die Eigenschaft um, z. B. in „%1_value“.</translation>
    </message>
    <message>
        <source>The e-mail address is empty.</source>
        <translation>Die E-Mail-Adresse ist leer.</translation>
    </message>
    <message>
        <source>“%1” starts or ends with a space: remove it.</source>
        <translation>„%1“ beginnt oder endet mit einem Leerzeichen: Entfernen Sie es.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address: it needs exactly one “@”, e.g. name@example.com.</source>
        <translation>„%1“ ist keine E-Mail-Adresse: Sie braucht genau ein „@“, z. B. name@example.com.</translation>
    </message>
    <message>
        <source>“%1”: the part before the “@” is empty, too long or contains spaces, double dots or characters an address cannot have.</source>
        <translation>„%1“: Der Teil vor dem „@“ ist leer, zu lang oder enthält Leerzeichen, doppelte Punkte oder Zeichen, die eine Adresse nicht haben kann.</translation>
    </message>
    <message>
        <source>“%1”: the domain after the “@” is not valid; it needs a dot and an ending such as .com.</source>
        <translation>„%1“: Die Domain nach dem „@“ ist ungültig; sie braucht einen Punkt und eine Endung wie .com.</translation>
    </message>
    <message>
        <source>“%1” is longer than 254 characters.</source>
        <translation>„%1“ ist länger als 254 Zeichen.</translation>
    </message>
    <message>
        <source>The time is empty; write it in ISO 8601, e.g. %1.</source>
        <translation>Die Zeit ist leer; schreiben Sie sie im Format ISO 8601, z. B. %1.</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 8601 time; write it like %2.</source>
        <translation>„%1“ ist keine Zeit im Format ISO 8601; schreiben Sie sie wie %2.</translation>
    </message>
    <message>
        <source>“%1” names a day that does not exist.</source>
        <translation>„%1“ nennt einen Tag, den es nicht gibt.</translation>
    </message>
    <message>
        <source>“%1” is after the year 3000; Braze would store it as text, not as a time.</source>
        <translation>„%1“ liegt nach dem Jahr 3000; Braze würde es als Text speichern, nicht als Zeit.</translation>
    </message>
    <message>
        <source>“%1” has an impossible time of day.</source>
        <translation>„%1“ hat eine unmögliche Uhrzeit.</translation>
    </message>
    <message>
        <source>“%1” has an impossible time zone offset.</source>
        <translation>„%1“ hat einen unmöglichen Zeitzonenversatz.</translation>
    </message>
    <message>
        <source>“%1” has no time zone: add “Z” for UTC, e.g. %2.</source>
        <translation>„%1“ hat keine Zeitzone: Fügen Sie „Z“ für UTC hinzu, z. B. %2.</translation>
    </message>
    <message>
        <source>“%1”: a time in the user&apos;s local time zone must not name a zone. Remove “%2”.</source>
        <translation>„%1“: Eine Zeit in der lokalen Zeitzone der:des Nutzer:in darf keine Zeitzone angeben. Entfernen Sie „%2“.</translation>
    </message>
    <message>
        <source>The phone number is empty.</source>
        <translation>Die Telefonnummer ist leer.</translation>
    </message>
    <message>
        <source>“%1” has no country code: write it in E.164 form, a “+” and the country code first, e.g. +15555550123.</source>
        <translation>„%1“ hat keine Ländervorwahl: Schreiben Sie sie im E.164-Format, zuerst ein „+“ und die Ländervorwahl, z. B. +15555550123.</translation>
    </message>
    <message>
        <source>“%1” contains spaces or punctuation: write only “+” and digits, e.g. +15555550123.</source>
        <translation>„%1“ enthält Leer- oder Satzzeichen: Schreiben Sie nur „+“ und Ziffern, z. B. +15555550123.</translation>
    </message>
    <message>
        <source>“%1”: a country code never starts with 0. Drop the 0 after the “+”.</source>
        <translation>„%1“: Eine Ländervorwahl beginnt nie mit 0. Lassen Sie die 0 nach dem „+“ weg.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number in E.164 form: only “+” and digits are allowed, e.g. +15555550123.</source>
        <translation>„%1“ ist keine Telefonnummer im E.164-Format: Nur „+“ und Ziffern sind erlaubt, z. B. +15555550123.</translation>
    </message>
    <message>
        <source>The external send ID may contain only letters, digits and - _ + / =.</source>
        <translation>Die externe Versand-ID darf nur Buchstaben, Ziffern und - _ + / = enthalten.</translation>
    </message>
    <message>
        <source>A transactional e-mail goes to an external ID or an alias.</source>
        <translation>Eine Transaktions-E-Mail geht an eine externe ID oder einen Alias.</translation>
    </message>
    <message>
        <source>“%1” must have 1 to 250 letters, digits, hyphens or underscores.</source>
        <translation>„%1“ muss aus 1 bis 250 Buchstaben, Ziffern, Bindestrichen oder Unterstrichen bestehen.</translation>
    </message>
    <message>
        <source>The description must be at most 250 characters.</source>
        <translation>Die Beschreibung darf höchstens 250 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The first field of a catalog must be “id” of type string.</source>
        <translation>Das erste Feld eines Katalogs muss „id“ vom Typ string sein.</translation>
    </message>
    <message>
        <source>A catalog has at most 500 fields.</source>
        <translation>Ein Katalog hat höchstens 500 Felder.</translation>
    </message>
    <message>
        <source>“%1” is not a catalog field type (string, number, boolean, time, object or array).</source>
        <translation>„%1“ ist kein Feldtyp für Kataloge (string, number, boolean, time, object oder array).</translation>
    </message>
    <message>
        <source>The field name “%1” is used twice.</source>
        <translation>Der Feldname „%1“ kommt doppelt vor.</translation>
    </message>
    <message>
        <source>The item ID goes in the path, not in the item&apos;s fields.</source>
        <translation>Die Artikel-ID gehört in den Pfad, nicht in die Felder des Artikels.</translation>
    </message>
    <message>
        <source>Give the item at least one field.</source>
        <translation>Geben Sie dem Artikel mindestens ein Feld.</translation>
    </message>
    <message>
        <source>An item may have at most 5,000 characters.</source>
        <translation>Ein Artikel darf höchstens 5.000 Zeichen haben.</translation>
    </message>
    <message>
        <source>A new Content Block needs a name and content.</source>
        <translation>Ein neuer Content-Block braucht einen Namen und Inhalt.</translation>
    </message>
    <message>
        <source>A Content Block name has up to 99 letters, digits, hyphens and underscores; “%1” does not fit.</source>
        <translation>Der Name eines Content-Blocks hat bis zu 99 Buchstaben, Ziffern, Bindestriche und Unterstriche; „%1“ passt nicht.</translation>
    </message>
    <message>
        <source>The description must be shorter than 250 characters.</source>
        <translation>Die Beschreibung muss kürzer als 250 Zeichen sein.</translation>
    </message>
    <message>
        <source>The content must not be empty and must be smaller than 50 KB.</source>
        <translation>Der Inhalt darf nicht leer sein und muss kleiner als 50 KB sein.</translation>
    </message>
    <message>
        <source>The state is either “active” or “draft”.</source>
        <translation>Der Status ist entweder „active“ oder „draft“.</translation>
    </message>
    <message>
        <source>Change at least one field of the template.</source>
        <translation>Ändern Sie mindestens ein Feld der Vorlage.</translation>
    </message>
    <message>
        <source>“%1” must be a date such as 2026-03-01.</source>
        <translation>„%1“ muss ein Datum wie 2026-03-01 sein.</translation>
    </message>
    <message>
        <source>The limit must be between 1 and %1.</source>
        <translation>Das Limit muss zwischen 1 und %1 liegen.</translation>
    </message>
    <message>
        <source>The offset cannot be negative.</source>
        <translation>Der Offset darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The start date must be before the end date.</source>
        <translation>Das Startdatum muss vor dem Enddatum liegen.</translation>
    </message>
    <message>
        <source>Give a start date or an e-mail address.</source>
        <translation>Geben Sie ein Startdatum oder eine E-Mail-Adresse an.</translation>
    </message>
    <message>
        <source>Give at least one e-mail address.</source>
        <translation>Geben Sie mindestens eine E-Mail-Adresse an.</translation>
    </message>
    <message>
        <source>The state is “subscribed”, “unsubscribed” or “opted_in”.</source>
        <translation>Der Status ist „subscribed“, „unsubscribed“ oder „opted_in“.</translation>
    </message>
    <message>
        <source>Give a start and an end date, or phone numbers.</source>
        <translation>Geben Sie ein Start- und ein Enddatum oder Telefonnummern an.</translation>
    </message>
    <message>
        <source>The reason is “provider_error” or “deactivated”.</source>
        <translation>Der Grund ist „provider_error“ oder „deactivated“.</translation>
    </message>
    <message>
        <source>Give at least one phone number.</source>
        <translation>Geben Sie mindestens eine Telefonnummer an.</translation>
    </message>
    <message>
        <source>A recipient is an external ID, an alias, a Braze ID or an e-mail address.</source>
        <translation>Ein Empfänger ist eine externe ID, ein Alias, eine Braze-ID oder eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The Canvas entry properties must be smaller than 50 KB.</source>
        <translation>Die Canvas-Eingangseigenschaften müssen kleiner als 50 KB sein.</translation>
    </message>
    <message>
        <source>Either list recipients or turn on broadcast to enter the Canvas&apos;s whole audience, not both.</source>
        <translation>Geben Sie entweder Empfänger an oder schalten Sie Broadcast ein, um die gesamte Zielgruppe des Canvas aufzunehmen – nicht beides.</translation>
    </message>
    <message>
        <source>Either list recipients or turn on broadcast, not both.</source>
        <translation>Geben Sie entweder Empfänger an oder schalten Sie Broadcast ein – nicht beides.</translation>
    </message>
    <message>
        <source>An e-mail address needs a prioritization, e.g. “identified”, “most_recently_updated”.</source>
        <translation>Eine E-Mail-Adresse braucht eine Priorisierung, z. B. „identified“, „most_recently_updated“.</translation>
    </message>
    <message>
        <source>“%1” is not a prioritization; use identified, unidentified, most_recently_updated or least_recently_updated.</source>
        <translation>„%1“ ist keine Priorisierung; verwenden Sie identified, unidentified, most_recently_updated oder least_recently_updated.</translation>
    </message>
    <message>
        <source>Use only one of “identified” and “unidentified”.</source>
        <translation>Verwenden Sie nur eines von „identified“ und „unidentified“.</translation>
    </message>
    <message>
        <source>A merge names a user by external ID, alias, e-mail address or phone number.</source>
        <translation>Eine Zusammenführung nennt Nutzer:innen über externe ID, Alias, E-Mail-Adresse oder Telefonnummer.</translation>
    </message>
    <message>
        <source>Name at least one pair of users to merge.</source>
        <translation>Nennen Sie mindestens ein Paar von Nutzer:innen, die zusammengeführt werden sollen.</translation>
    </message>
    <message>
        <source>A user cannot be merged into itself.</source>
        <translation>Ein Nutzerprofil kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <source>Name at least one external ID to rename.</source>
        <translation>Nennen Sie mindestens eine externe ID, die umbenannt werden soll.</translation>
    </message>
    <message>
        <source>The new external ID must differ from the current one.</source>
        <translation>Die neue externe ID muss sich von der aktuellen unterscheiden.</translation>
    </message>
    <message>
        <source>Name at least one deprecated external ID to remove.</source>
        <translation>Nennen Sie mindestens eine veraltete externe ID, die entfernt werden soll.</translation>
    </message>
    <message>
        <source>Choose the fields to export; Braze requires them.</source>
        <translation>Wählen Sie die zu exportierenden Felder; Braze verlangt sie.</translation>
    </message>
    <message>
        <source>The global control group export cannot pick single custom attributes; export “custom_attributes”.</source>
        <translation>Der Export der globalen Kontrollgruppe kann keine einzelnen angepassten Attribute wählen; exportieren Sie „custom_attributes“.</translation>
    </message>
    <message>
        <source>At most 500 custom attributes can be exported by name.</source>
        <translation>Höchstens 500 angepasste Attribute können namentlich exportiert werden.</translation>
    </message>
    <message>
        <source>The callback must be an http or https URL.</source>
        <translation>Der Callback muss eine http- oder https-URL sein.</translation>
    </message>
    <message numerus="yes">
        <source>The external ID has %n characters; Braze allows fewer than 512.</source>
        <translation>
            <numerusform>Die externe ID hat %n Zeichen; Braze erlaubt weniger als 512.</numerusform>
            <numerusform>Die externe ID hat %n Zeichen; Braze erlaubt weniger als 512.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” starts or ends with a space or line break; Braze would trim it, so remove it.</source>
        <translation>„%1“ beginnt oder endet mit einem Leerzeichen oder Zeilenumbruch; Braze würde es abschneiden, entfernen Sie es also.</translation>
    </message>
    <message>
        <source>“%1” starts with “$”, which Braze reserves for itself. Choose a name without it.</source>
        <translation>„%1“ beginnt mit „$“, das Braze für sich reserviert. Wählen Sie einen Namen ohne „$“.</translation>
    </message>
    <message numerus="yes">
        <source>“%1…” has %n characters; Braze truncates names of 255 or more. Keep it under 50.</source>
        <translation>
            <numerusform>„%1…“ hat %n Zeichen; Braze kürzt Namen ab 255 Zeichen. Bleiben Sie unter 50.</numerusform>
            <numerusform>„%1…“ hat %n Zeichen; Braze kürzt Namen ab 255 Zeichen. Bleiben Sie unter 50.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” contains a line break.</source>
        <translation>„%1“ enthält einen Zeilenumbruch.</translation>
    </message>
    <message>
        <source>Enter the attribute&apos;s name.</source>
        <translation>Geben Sie den Namen des Attributs ein.</translation>
    </message>
    <message>
        <source>Enter the nested attribute&apos;s key.</source>
        <translation>Geben Sie den Schlüssel des verschachtelten Attributs ein.</translation>
    </message>
    <message>
        <source>Enter the event&apos;s name.</source>
        <translation>Geben Sie den Namen des Events ein.</translation>
    </message>
    <message>
        <source>Enter the property&apos;s name.</source>
        <translation>Geben Sie den Namen der Eigenschaft ein.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n digits; an E.164 number has 7 to 15.</source>
        <translation>
            <numerusform>„%1“ hat %n Ziffer; eine E.164-Nummer hat 7 bis 15.</numerusform>
            <numerusform>„%1“ hat %n Ziffern; eine E.164-Nummer hat 7 bis 15.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Webhook::AudienceFetcher</name>
    <message>
        <source>No workspace is connected; choose a workspace first.</source>
        <translation>Kein Workspace ist verbunden; wählen Sie zuerst einen Workspace.</translation>
    </message>
    <message>
        <source>users %1 to %2 could not be fetched: %3</source>
        <translation>Nutzer:innen %1 bis %2 konnten nicht abgerufen werden: %3</translation>
    </message>
    <message>
        <source>no user matches %1</source>
        <translation>keine Nutzer:in passt zu %1</translation>
    </message>
</context>
<context>
    <name>Webhook::AudienceReport</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) previewed</source>
        <translation>
            <numerusform>%n Nutzer:in in der Vorschau</numerusform>
            <numerusform>%n Nutzer:innen in der Vorschau</numerusform>
        </translation>
    </message>
    <message>
        <source>would be sent: %1</source>
        <translation>würden gesendet: %1</translation>
    </message>
    <message>
        <source>aborted: %1</source>
        <translation>abgebrochen: %1</translation>
    </message>
    <message>
        <source>%1 × %2: %3</source>
        <translation>%1 × %2: %3</translation>
    </message>
    <message>
        <source>broken: %1</source>
        <translation>fehlerhaft: %1</translation>
    </message>
    <message>
        <source>unreadable lines: %1</source>
        <translation>unlesbare Zeilen: %1</translation>
    </message>
    <message>
        <source>Users without a value the template uses:</source>
        <translation>Nutzer:innen ohne einen Wert, den die Vorlage verwendet:</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n user(s) (%2)</source>
        <translation>
            <numerusform>%1: %n Nutzer:in (%2)</numerusform>
            <numerusform>%1: %n Nutzer:innen (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Liquid outputs:</source>
        <translation>Liquid-Ausgaben:</translation>
    </message>
    <message>
        <source>rendered %1 times, empty %2, default used %3</source>
        <translation>%1-mal gerendert, %2-mal leer, %3-mal Standardwert</translation>
    </message>
    <message>
        <source>“%1” × %2</source>
        <translation>„%1“ × %2</translation>
    </message>
    <message>
        <source>most common: %1</source>
        <translation>häufigste Werte: %1</translation>
    </message>
    <message>
        <source>%1 further values not counted one by one</source>
        <translation>%1 weitere Werte, nicht einzeln gezählt</translation>
    </message>
    <message>
        <source>Body size: largest %1 bytes (%2), average %3 bytes.</source>
        <translation>Größe des Anfragetexts: höchstens %1 Byte (%2), im Schnitt %3 Byte.</translation>
    </message>
    <message>
        <source>No body is over Braze&apos;s 4 MB limit.</source>
        <translation>Kein Anfragetext überschreitet die Grenze von 4 MB bei Braze.</translation>
    </message>
</context>
<context>
    <name>Webhook::AudienceSummary</name>
    <message>
        <source>The URL is not a web address</source>
        <translation>Die URL ist keine Webadresse</translation>
    </message>
    <message>
        <source>The URL does not start with https://</source>
        <translation>Die URL beginnt nicht mit https://</translation>
    </message>
    <message>
        <source>The URL uses a port other than 80 or 443</source>
        <translation>Die URL nutzt einen anderen Port als 80 oder 443</translation>
    </message>
    <message>
        <source>A header value contains a line break</source>
        <translation>Ein Header-Wert enthält einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>The body is not valid JSON</source>
        <translation>Der Anfragetext ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>Other Liquid errors</source>
        <translation>Weitere Liquid-Fehler</translation>
    </message>
    <message>
        <source>The body is larger than the 4 MB Braze accepts on its REST API</source>
        <translation>Der Anfragetext ist größer als die 4 MB, die Braze über seine REST-API annimmt</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>Webhook::ConnectedContentSource</name>
    <message>
        <source>live, failed: %1</source>
        <translation>live, fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>stubbed: HTTP %1</source>
        <translation>Stub: HTTP %1</translation>
    </message>
    <message>
        <source>cached: HTTP %1</source>
        <translation>aus dem Cache: HTTP %1</translation>
    </message>
    <message>
        <source>live: HTTP %1</source>
        <translation>live: HTTP %1</translation>
    </message>
    <message>
        <source>%1 (Braze would retry it)</source>
        <translation>%1 (Braze würde es erneut versuchen)</translation>
    </message>
    <message>
        <source>%1, saved as %2</source>
        <translation>%1, gespeichert als %2</translation>
    </message>
    <message>
        <source>the Connected Content credential &apos;%1&apos; is not set up: enter it as the partner secret %2 (username:password)</source>
        <translation>Die Connected-Content-Anmeldedaten &apos;%1&apos; sind nicht eingerichtet: Geben Sie sie als Partner-Geheimnis %2 ein (Benutzername:Passwort)</translation>
    </message>
    <message>
        <source>the preview does not call connected content URLs</source>
        <translation>Die Vorschau ruft keine Connected-Content-URLs auf</translation>
    </message>
</context>
<context>
    <name>Webhook::CurlImport</name>
    <message>
        <source>A quote in the command is never closed; copy the whole command.</source>
        <translation>Ein Anführungszeichen im Befehl wird nie geschlossen; kopieren Sie den ganzen Befehl.</translation>
    </message>
    <message>
        <source>This is not a cURL command: it must start with curl, as in the partner&apos;s documentation.</source>
        <translation>Das ist kein cURL-Befehl: Er muss mit curl beginnen, wie in der Dokumentation des Partners.</translation>
    </message>
    <message>
        <source>The header “%1” has no name: value form and was left out.</source>
        <translation>Der Header „%1“ hat nicht die Form Name: Wert und wurde ausgelassen.</translation>
    </message>
    <message>
        <source>The command reads its body from the file “%1”; paste the body itself into the command instead.</source>
        <translation>Der Befehl liest seinen Anfragetext aus der Datei „%1“; fügen Sie stattdessen den Anfragetext selbst in den Befehl ein.</translation>
    </message>
    <message>
        <source>The option %1 does not apply to a webhook and was left out.</source>
        <translation>Die Option %1 gilt nicht für einen Webhook und wurde ausgelassen.</translation>
    </message>
    <message>
        <source>Braze does not follow redirects: point the webhook at the final address.</source>
        <translation>Braze folgt keinen Weiterleitungen: Richten Sie den Webhook auf die endgültige Adresse.</translation>
    </message>
    <message>
        <source>The extra argument “%1” was left out.</source>
        <translation>Das zusätzliche Argument „%1“ wurde ausgelassen.</translation>
    </message>
    <message>
        <source>The cURL command names no URL.</source>
        <translation>Der cURL-Befehl nennt keine URL.</translation>
    </message>
    <message>
        <source>“%1” is not a web address; the command&apos;s URL must start with https://.</source>
        <translation>„%1“ ist keine Webadresse; die URL des Befehls muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>Imported from cURL: %1</source>
        <translation>Aus cURL importiert: %1</translation>
    </message>
    <message>
        <source>Braze webhooks cannot use the method %1; they use POST, PUT, PATCH, GET or DELETE.</source>
        <translation>Braze-Webhooks können die Methode %1 nicht verwenden; sie nutzen POST, PUT, PATCH, GET oder DELETE.</translation>
    </message>
    <message>
        <source>Imported from a cURL command.</source>
        <translation>Aus einem cURL-Befehl importiert.</translation>
    </message>
</context>
<context>
    <name>Webhook::DeliveryRehearsal</name>
    <message>
        <source>no answer within 90 seconds</source>
        <translation>keine Antwort innerhalb von 90 Sekunden</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Attempt %1 at %2: %3 after %4 ms</source>
        <translation>Versuch %1 um %2: %3 nach %4 ms</translation>
    </message>
    <message>
        <source>%1; Braze counts the webhook as delivered.</source>
        <translation>%1; Braze zählt den Webhook als zugestellt.</translation>
    </message>
    <message>
        <source>%1; Braze retries in %2.</source>
        <translation>%1; Braze versucht es in %2 erneut.</translation>
    </message>
    <message>
        <source>%1; cancelled.</source>
        <translation>%1; abgebrochen.</translation>
    </message>
    <message>
        <source>%1; Braze does not follow redirects and does not retry.</source>
        <translation>%1; Braze folgt keinen Weiterleitungen und versucht es nicht erneut.</translation>
    </message>
    <message>
        <source>%1; no retries left.</source>
        <translation>%1; keine Wiederholungen mehr übrig.</translation>
    </message>
    <message>
        <source>%1; Braze does not retry this status.</source>
        <translation>%1; bei diesem Status versucht Braze es nicht erneut.</translation>
    </message>
    <message>
        <source>Rehearsal cancelled.</source>
        <translation>Probelauf abgebrochen.</translation>
    </message>
    <message>
        <source>Delivered on the first attempt.</source>
        <translation>Beim ersten Versuch zugestellt.</translation>
    </message>
    <message>
        <source>Delivered on the second attempt.</source>
        <translation>Beim zweiten Versuch zugestellt.</translation>
    </message>
    <message>
        <source>Delivered on the third attempt.</source>
        <translation>Beim dritten Versuch zugestellt.</translation>
    </message>
    <message>
        <source>Delivered on the fourth attempt.</source>
        <translation>Beim vierten Versuch zugestellt.</translation>
    </message>
    <message>
        <source>Delivered on the fifth attempt.</source>
        <translation>Beim fünften Versuch zugestellt.</translation>
    </message>
    <message>
        <source>Delivered on the sixth attempt.</source>
        <translation>Beim sechsten Versuch zugestellt.</translation>
    </message>
    <message>
        <source>Not delivered: all %1 attempts failed. Braze logs the failure in the Message Activity Log; an endpoint that cannot be reached at all may be retried for up to 24 hours.</source>
        <translation>Nicht zugestellt: Alle %1 Versuche sind fehlgeschlagen. Braze protokolliert den Fehler im Message Activity Log; einen Endpunkt, der gar nicht erreichbar ist, versucht Braze unter Umständen bis zu 24 Stunden lang.</translation>
    </message>
    <message>
        <source>Not delivered: the endpoint answered %1, a redirect, and Braze does not follow redirects.</source>
        <translation>Nicht zugestellt: Der Endpunkt antwortete mit %1, einer Weiterleitung, und Braze folgt keinen Weiterleitungen.</translation>
    </message>
    <message>
        <source>Not delivered: the endpoint answered %1, which Braze does not retry.</source>
        <translation>Nicht zugestellt: Der Endpunkt antwortete mit %1; das versucht Braze nicht erneut.</translation>
    </message>
</context>
<context>
    <name>Webhook::PersonalizationCatalog</name>
    <message>
        <source>Standard attributes</source>
        <translation>Standardattribute</translation>
    </message>
    <message>
        <source>Most recently used device</source>
        <translation>Zuletzt verwendetes Gerät</translation>
    </message>
    <message>
        <source>Custom attributes</source>
        <translation>Angepasste Attribute</translation>
    </message>
    <message>
        <source>Event properties</source>
        <translation>Event-Eigenschaften</translation>
    </message>
    <message>
        <source>Canvas entry properties</source>
        <translation>Canvas-Eintrittseigenschaften</translation>
    </message>
    <message>
        <source>API trigger properties</source>
        <translation>API-Trigger-Eigenschaften</translation>
    </message>
    <message>
        <source>Campaign and Canvas</source>
        <translation>Kampagne und Canvas</translation>
    </message>
</context>
<context>
    <name>Webhook::PresetCatalog</name>
    <message>
        <source>Braze to Braze: count a webhook send on the profile</source>
        <translation>Braze an Braze: einen Webhook-Versand im Profil zählen</translation>
    </message>
    <message>
        <source>Quikly: reward a customer journey event</source>
        <translation>Quikly: ein Event der Customer Journey belohnen</translation>
    </message>
</context>
<context>
    <name>Webhook::PreviewUserLookup</name>
    <message>
        <source>No workspace is connected; choose a workspace first.</source>
        <translation>Es ist kein Workspace verbunden; wählen Sie zuerst einen Workspace.</translation>
    </message>
    <message>
        <source>Could not look up %1: %2</source>
        <translation>%1 konnte nicht gesucht werden: %2</translation>
    </message>
    <message>
        <source>No user matches %1 in this workspace.</source>
        <translation>In diesem Workspace passt keine Nutzer:in zu %1.</translation>
    </message>
    <message>
        <source>Braze&apos;s API has no call that picks a random user; look up an existing user instead, or use the Sandbox workspace.</source>
        <translation>Die API von Braze hat keinen Aufruf, der eine:n zufällige:n Nutzer:in auswählt; suchen Sie stattdessen ein bestehendes Nutzerprofil oder verwenden Sie den Sandbox-Workspace.</translation>
    </message>
    <message>
        <source>The sandbox has no users to pick from; reset it to the demo data.</source>
        <translation>Die Sandbox hat keine Nutzer:innen zur Auswahl; setzen Sie sie auf die Demodaten zurück.</translation>
    </message>
    <message>
        <source>random user</source>
        <translation>zufällige:r Nutzer:in</translation>
    </message>
</context>
<context>
    <name>Webhook::RequestRenderer</name>
    <message>
        <source>Braze&apos;s webhook composer documents POST, GET, PUT and DELETE; check that your Braze dashboard offers PATCH before relying on it.</source>
        <translation>Der Webhook-Composer von Braze dokumentiert POST, GET, PUT und DELETE; prüfen Sie, ob Ihr Braze-Dashboard PATCH anbietet, bevor Sie sich darauf verlassen.</translation>
    </message>
    <message>
        <source>The rendered value contains a line break, which a header cannot carry.</source>
        <translation>Der gerenderte Wert enthält einen Zeilenumbruch, den ein Header nicht enthalten kann.</translation>
    </message>
    <message>
        <source>A GET request carries no body; Braze sends it without one.</source>
        <translation>Eine GET-Anfrage hat keinen Anfragetext; Braze sendet sie ohne.</translation>
    </message>
    <message>
        <source>This pair has a value but no key.</source>
        <translation>Dieses Paar hat einen Wert, aber keinen Schlüssel.</translation>
    </message>
    <message>
        <source>The key “%1” is used twice; the receiver may keep either value.</source>
        <translation>Der Schlüssel „%1“ kommt doppelt vor; der Empfänger übernimmt womöglich nur einen der beiden Werte.</translation>
    </message>
    <message>
        <source>Key/value pairs are sent as JSON, but the Content-Type header says “%1”.</source>
        <translation>Schlüssel/Wert-Paare werden als JSON gesendet, aber der Content-Type-Header lautet „%1“.</translation>
    </message>
    <message>
        <source>The rendered body is not valid JSON: %1.</source>
        <translation>Der gerenderte Anfragetext ist kein gültiges JSON: %1.</translation>
    </message>
    <message>
        <source>No Content-Type header: add one (for example application/json) so the receiver knows how to read the body.</source>
        <translation>Kein Content-Type-Header: Fügen Sie einen hinzu (zum Beispiel application/json), damit der Empfänger weiß, wie er den Anfragetext lesen soll.</translation>
    </message>
    <message>
        <source>Enter the URL the webhook is sent to.</source>
        <translation>Geben Sie die URL ein, an die der Webhook gesendet wird.</translation>
    </message>
    <message>
        <source>“%1” is not a web address; it must start with https:// and name a host.</source>
        <translation>„%1“ ist keine Webadresse; sie muss mit https:// beginnen und einen Host nennen.</translation>
    </message>
    <message>
        <source>Braze only sends webhooks to ports 80 and 443; port %1 will not be reached.</source>
        <translation>Braze sendet Webhooks nur an die Ports 80 und 443; Port %1 wird nicht erreicht.</translation>
    </message>
    <message>
        <source>This header has a value but no name.</source>
        <translation>Dieser Header hat einen Wert, aber keinen Namen.</translation>
    </message>
    <message>
        <source>“%1” looks like a translated header name; HTTP header names are never translated: use “%2”.</source>
        <translation>„%1“ sieht wie ein übersetzter Header-Name aus; HTTP-Header-Namen werden nie übersetzt: Verwenden Sie „%2“.</translation>
    </message>
    <message>
        <source>“%1” is not a valid header name (letters, digits and - only, no spaces or colons).</source>
        <translation>„%1“ ist kein gültiger Header-Name (nur Buchstaben, Ziffern und -, keine Leerzeichen oder Doppelpunkte).</translation>
    </message>
    <message>
        <source>“Überbringer” is a translation of “Bearer”; the scheme must be written “Bearer”.</source>
        <translation>„Überbringer“ ist eine Übersetzung von „Bearer“; das Schema muss „Bearer“ lauten.</translation>
    </message>
    <message>
        <source>The template uses %1 from the partner&apos;s Settings tab (%2), but this workspace has no value saved there: save it on that tab, or type the value in the template instead.</source>
        <translation>Die Vorlage verwendet %1 aus dem Tab „Einstellungen“ des Partners (%2), aber dieser Workspace hat dort keinen Wert gespeichert: Speichern Sie ihn dort oder tippen Sie den Wert stattdessen in die Vorlage.</translation>
    </message>
</context>
<context>
    <name>Webhook::TemplateFile</name>
    <message>
        <source>“%1” is not a webhook template: %2.</source>
        <translation>„%1“ ist keine Webhook-Vorlage: %2.</translation>
    </message>
    <message>
        <source>it holds no JSON object</source>
        <translation>sie enthält kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>Webhook::TemplateLibrary</name>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>Could not delete “%1”: %2.</source>
        <translation>„%1“ konnte nicht gelöscht werden: %2.</translation>
    </message>
    <message>
        <source>New webhook</source>
        <translation>Neuer Webhook</translation>
    </message>
</context>
<context>
    <name>Webhook::UserLinesReader</name>
    <message>
        <source>Could not open the users file “%1”: %2.</source>
        <translation>Die Nutzerdatei „%1“ konnte nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at character %2)</source>
        <translation>kein gültiges JSON (%1 bei Zeichen %2)</translation>
    </message>
    <message>
        <source>not a user object</source>
        <translation>kein Nutzerobjekt</translation>
    </message>
    <message>
        <source>the users array holds something that is not a user object</source>
        <translation>das Array „users“ enthält etwas, das kein Nutzerobjekt ist</translation>
    </message>
    <message>
        <source>Reading the users file stopped at line %1: %2.</source>
        <translation>Das Lesen der Nutzerdatei brach in Zeile %1 ab: %2.</translation>
    </message>
    <message>
        <source>longer than %1 MB</source>
        <translation>länger als %1 MB</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Could not read line %1 of “%2” again: %3.</source>
        <translation>Zeile %1 von „%2“ konnte nicht erneut gelesen werden: %3.</translation>
    </message>
    <message>
        <source>Line %1 of “%2” changed since the preview: %3</source>
        <translation>Zeile %1 von „%2“ hat sich seit der Vorschau geändert: %3</translation>
    </message>
</context>
<context>
    <name>Webhook::WebhookProblem</name>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>header %1 name</source>
        <translation>Name von Header %1</translation>
    </message>
    <message>
        <source>header %1 value</source>
        <translation>Wert von Header %1</translation>
    </message>
    <message>
        <source>pair %1 key</source>
        <translation>Schlüssel von Paar %1</translation>
    </message>
    <message>
        <source>pair %1 value</source>
        <translation>Wert von Paar %1</translation>
    </message>
    <message>
        <source>body</source>
        <translation>Anfragetext</translation>
    </message>
    <message>
        <source>rendered body</source>
        <translation>gerenderter Anfragetext</translation>
    </message>
    <message>
        <source>request</source>
        <translation>Anfrage</translation>
    </message>
</context>
<context>
    <name>Webhook::WebhookTemplate</name>
    <message>
        <source>This is not a webhook template file (no schema version or URL).</source>
        <translation>Dies ist keine Webhook-Vorlagendatei (keine Schema-Version oder URL).</translation>
    </message>
    <message>
        <source>This template was saved by a newer version of the console; update the console to open it.</source>
        <translation>Diese Vorlage wurde von einer neueren Version der Konsole gespeichert; aktualisieren Sie die Konsole, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>The HTTP method “%1” is not one Braze offers (POST, PUT, PATCH, GET, DELETE).</source>
        <translation>Die HTTP-Methode „%1“ wird von Braze nicht angeboten (POST, PUT, PATCH, GET, DELETE).</translation>
    </message>
</context>
<context>
    <name>Webhook::WorkspaceLiquidData</name>
    <message>
        <source>the Content Block &apos;%1&apos; is being read from the workspace</source>
        <translation>Der Content Block &apos;%1&apos; wird aus dem Workspace gelesen</translation>
    </message>
    <message>
        <source>the workspace has no Content Block named &apos;%1&apos;</source>
        <translation>Der Workspace hat keinen Content Block namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the items of the catalog &apos;%1&apos; are being read from the workspace</source>
        <translation>Die Artikel des Katalogs &apos;%1&apos; werden aus dem Workspace gelesen</translation>
    </message>
    <message>
        <source>Braze&apos;s API does not give out the selection &apos;%2&apos; of the catalog &apos;%1&apos;: choose a catalogs file that holds it to preview catalog_selection_items</source>
        <translation>Die API von Braze gibt die Auswahl &apos;%2&apos; des Katalogs &apos;%1&apos; nicht heraus: Wählen Sie eine Katalogdatei, die sie enthält, um catalog_selection_items in der Vorschau zu sehen</translation>
    </message>
    <message>
        <source>%1 failed: the API key lacks the permission %2</source>
        <translation>%1 ist fehlgeschlagen: Dem API-Schlüssel fehlt die Berechtigung %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the Content Block &apos;%1&apos; cannot be read: no workspace is connected</source>
        <translation>Der Content Block &apos;%1&apos; kann nicht gelesen werden: Es ist kein Workspace verbunden</translation>
    </message>
    <message>
        <source>the catalog &apos;%1&apos; cannot be read: no workspace is connected</source>
        <translation>Der Katalog &apos;%1&apos; kann nicht gelesen werden: Es ist kein Workspace verbunden</translation>
    </message>
    <message>
        <source>the workspace has no catalog named &apos;%1&apos;</source>
        <translation>Der Workspace hat keinen Katalog namens &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>WebhookCommand</name>
    <message>
        <source>Template file (JSON) or preset:ID, e.g. preset:quikly.</source>
        <translation>Vorlagendatei (JSON) oder preset:ID, z. B. preset:quikly.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>User file: one user object as users/export/ids returns it, optionally with event_properties, canvas_entry_properties and api_trigger_properties.</source>
        <translation>Nutzerdatei: ein Nutzerobjekt, wie users/export/ids es zurückgibt, optional mit event_properties, canvas_entry_properties und api_trigger_properties.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>send: start a local sandbox and send to its webhook receiver (offline rehearsal).</source>
        <translation>send: eine lokale Sandbox starten und an ihren Webhook-Empfänger senden (Offline-Probe).</translation>
    </message>
    <message>
        <source>Perform connected_content calls (otherwise they are only listed).</source>
        <translation>connected_content-Aufrufe ausführen (sonst werden sie nur aufgelistet).</translation>
    </message>
    <message>
        <source>this user would not be sent: %1</source>
        <translation>an diese:n Nutzer:in würde nicht gesendet: %1</translation>
    </message>
    <message>
        <source>The partner secret “%1” is not set: export %2 before sending.</source>
        <translation>Das Partner-Secret „%1“ ist nicht festgelegt: Setzen Sie vor dem Senden die Umgebungsvariable %2.</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Die Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Sending %1 %2</source>
        <translation>%1 %2 wird gesendet</translation>
    </message>
    <message>
        <source>preview: a JSON lines file with one user per line (as users/export/ids returns each user); prints the audience summary.</source>
        <translation>preview: eine JSON-Lines-Datei mit einem Nutzerprofil pro Zeile (so, wie users/export/ids jedes Nutzerprofil zurückgibt); gibt die Zielgruppen-Übersicht aus.</translation>
    </message>
    <message>
        <source>preview --users: print the summary (the default; kept for scripts that spell it out).</source>
        <translation>preview --users: die Übersicht ausgeben (Standard; für Skripte, die es ausschreiben).</translation>
    </message>
    <message>
        <source>preview --users: print the summary as JSON.</source>
        <translation>preview --users: die Übersicht als JSON ausgeben.</translation>
    </message>
    <message>
        <source>--users goes with preview and replaces --user.</source>
        <translation>--users gehört zu preview und ersetzt --user.</translation>
    </message>
    <message>
        <source>Render a webhook template for a user (preview), send it (send), rehearse Braze&apos;s delivery (rehearse) or import a cURL command (import-curl)</source>
        <translation>Eine Webhook-Vorlage für eine:n Nutzer:in rendern (preview), senden (send), die Zustellung durch Braze proben (rehearse) oder einen cURL-Befehl importieren (import-curl)</translation>
    </message>
    <message>
        <source>preview, send, rehearse or import-curl</source>
        <translation>preview, send, rehearse oder import-curl</translation>
    </message>
    <message>
        <source>rehearse: start a local sandbox whose webhook receiver answers these statuses in turn, e.g. 503,503,200 (also drop, hang).</source>
        <translation>rehearse: eine lokale Sandbox starten, deren Webhook-Empfänger der Reihe nach mit diesen Status antwortet, z. B. 503,503,200 (auch drop, hang).</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>rehearse: run Braze&apos;s waits and timeouts this many times faster (1: real time).</source>
        <translation>rehearse: die Wartezeiten und Timeouts von Braze so viel schneller ablaufen lassen (1: Echtzeit).</translation>
    </message>
    <message>
        <source>FACTOR</source>
        <translation>FAKTOR</translation>
    </message>
    <message>
        <source>import-curl: write the template to this file instead of standard output.</source>
        <translation>import-curl: die Vorlage in diese Datei statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>Could not read standard input.</source>
        <translation>Die Standardeingabe konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Usage: braze-cli webhook preview|send|rehearse --template FILE.json|preset:ID [--user FILE.json | --users FILE.jsonl [--summary] [--json]]</source>
        <translation>Verwendung: braze-cli webhook preview|send|rehearse --template DATEI.json|preset:ID [--user DATEI.json | --users DATEI.jsonl [--summary] [--json]]</translation>
    </message>
    <message>
        <source>       braze-cli webhook import-curl [--output FILE.json] &lt; command.txt</source>
        <translation>             braze-cli webhook import-curl [--output DATEI.json] &lt; befehl.txt</translation>
    </message>
    <message>
        <source>--speed takes a positive number, e.g. 60.</source>
        <translation>--speed erwartet eine positive Zahl, z. B. 60.</translation>
    </message>
    <message>
        <source>warning: the partner secret “%1” is not set (%2): the sandbox receives it masked.</source>
        <translation>Warnung: Das Partner-Secret „%1“ ist nicht festgelegt (%2): Die Sandbox erhält es maskiert.</translation>
    </message>
    <message>
        <source>The command is longer than 1 MB; paste one cURL command.</source>
        <translation>Der Befehl ist länger als 1 MB; fügen Sie einen einzelnen cURL-Befehl ein.</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>The Authorization value is not in the template: it refers to the partner secret %1. Set %2 to send with it.</source>
        <translation>Der Authorization-Wert steht nicht in der Vorlage: Sie verweist auf das Partner-Secret %1. Setzen Sie %2, um damit zu senden.</translation>
    </message>
    <message>
        <source>Template written to %1.</source>
        <translation>Vorlage nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>--sandbox-answers takes statuses, drop or hang separated by commas, e.g. 503,503,200.</source>
        <translation>--sandbox-answers erwartet durch Kommas getrennte Status, drop oder hang, z. B. 503,503,200.</translation>
    </message>
    <message>
        <source>%1  attempt %2: %3 %4</source>
        <translation>%1  Versuch %2: %3 %4</translation>
    </message>
    <message>
        <source>Rehearsal time runs %1 times faster than real time.</source>
        <translation>Die Zeit des Probelaufs läuft %1-mal schneller als in Echtzeit.</translation>
    </message>
    <message>
        <source>There is no preset “%1”; the presets are: %2.</source>
        <translation>Es gibt keine Vorlage „%1“; verfügbar sind: %2.</translation>
    </message>
    <message>
        <source>The user file “%1” must hold one JSON object (a user as users/export/ids returns it).</source>
        <translation>Die Nutzerdatei „%1“ muss genau ein JSON-Objekt enthalten (ein Nutzerprofil, wie users/export/ids es zurückgibt).</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>note: this user has no value for %1</source>
        <translation>Hinweis: Diese:r Nutzer:in hat keinen Wert für %1</translation>
    </message>
    <message>
        <source>The request was not answered: %1</source>
        <translation>Die Anfrage wurde nicht beantwortet: %1</translation>
    </message>
    <message>
        <source>HTTP %1 in %2 ms</source>
        <translation>HTTP %1 in %2 ms</translation>
    </message>
    <message>
        <source>message_extras: %1 = %2</source>
        <translation>message_extras: %1 = %2</translation>
    </message>
    <message>
        <source>promotion code from “%1”: %2 is a sample; Braze takes a real code from the list</source>
        <translation>Aktionscode aus „%1“: %2 ist ein Beispiel; Braze verbraucht einen echten Code aus der Liste</translation>
    </message>
    <message>
        <source>preview: print the request a webhook template makes for a user (method, URL, headers with secrets masked, body).
preview --users FILE.jsonl: render for every user of the file and print the audience summary.
send: send it and print the response.
rehearse: send it the way Braze delivers webhooks (retries of 408, 429 and 5xx with Braze&apos;s waits, 90 s timeout, no redirects) and print each attempt.
import-curl: read a cURL command from standard input and write it as a template.
Partner secrets come from environment variables: [[secret:quikly/authorization]] is read from BRAZE_SECRET_QUIKLY_AUTHORIZATION (upper case, other characters become _).
Partner settings ([[setting:quikly/q_scope]]) are the ones saved for the active workspace (Quikly › Settings, or braze-cli integration set).
Exit status: 0 done (rehearse: delivered), 1 template or render error (with --users: some users broken or lines unreadable; import-curl: not a cURL command), 2 usage, 3 aborted by abort_message, 4 send failed or non-2xx (rehearse: not delivered).</source>
        <translation>preview: gibt die Anfrage aus, die eine Webhook-Vorlage für eine:n Nutzer:in erzeugt (Methode, URL, Header mit maskierten Secrets, Anfragetext).
preview --users DATEI.jsonl: für jedes Nutzerprofil der Datei rendern und die Zielgruppen-Übersicht ausgeben.
send: sendet sie und gibt die Antwort aus.
rehearse: sendet sie so, wie Braze Webhooks zustellt (Wiederholungen bei 408, 429 und 5xx mit den Wartezeiten von Braze, 90 s Timeout, keine Weiterleitungen), und gibt jeden Versuch aus.
import-curl: liest einen cURL-Befehl von der Standardeingabe und schreibt ihn als Vorlage.
Partner-Secrets stammen aus Umgebungsvariablen: [[secret:quikly/authorization]] wird aus BRAZE_SECRET_QUIKLY_AUTHORIZATION gelesen (Großbuchstaben, andere Zeichen werden zu _).
Partnereinstellungen ([[setting:quikly/q_scope]]) sind die für den aktiven Workspace gespeicherten (Quikly › Einstellungen oder braze-cli integration set).
Exit-Status: 0 erledigt (rehearse: zugestellt), 1 Vorlagen- oder Renderfehler (mit --users: fehlerhafte Nutzer:innen oder unlesbare Zeilen; import-curl: kein cURL-Befehl), 2 falsche Verwendung, 3 durch abort_message abgebrochen, 4 Senden fehlgeschlagen oder kein 2xx (rehearse: nicht zugestellt).</translation>
    </message>
    <message>
        <source>The partner setting %1 is not saved for the active workspace: save it first (braze-cli integration set %2 %3=VALUE).</source>
        <translation>Die Partnereinstellung %1 ist für den aktiven Workspace nicht gespeichert: Speichern Sie sie zuerst (braze-cli integration set %2 %3=WERT).</translation>
    </message>
    <message>
        <source>connected content: %1</source>
        <translation>Connected Content: %1</translation>
    </message>
    <message>
        <source>send, rehearse: send to this URL instead of the template&apos;s. preview: the workspace&apos;s REST endpoint (key in BRAZE_API_KEY) whose Content Blocks and catalog items fill the preview.</source>
        <translation>send, rehearse: an diese URL statt an die der Vorlage senden. preview: der REST-Endpunkt des Workspace (Schlüssel in BRAZE_API_KEY), dessen Content Blocks und Katalogartikel die Vorschau füllen.</translation>
    </message>
</context>
<context>
    <name>WebhookPage</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Send a test</source>
        <translation>Test senden</translation>
    </message>
    <message>
        <source>Some template files could not be read and were skipped:
%1</source>
        <translation>Einige Vorlagendateien konnten nicht gelesen werden und wurden übersprungen:
%1</translation>
    </message>
    <message>
        <source>New webhook</source>
        <translation>Neuer Webhook</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them?</source>
        <translation>„%1“ hat nicht gespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>The console closed unexpectedly while “%1” had unsaved changes (autosaved %2). Restore them?</source>
        <translation>Die Konsole wurde unerwartet beendet, während „%1“ nicht gespeicherte Änderungen hatte (automatisch gespeichert %2). Wiederherstellen?</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <source>Open a template first.</source>
        <translation>Öffnen Sie zuerst eine Vorlage.</translation>
    </message>
    <message>
        <source>Fix the problems listed under the editor first; a request with errors is not sent.</source>
        <translation>Beheben Sie zuerst die unter dem Editor aufgeführten Probleme; eine fehlerhafte Anfrage wird nicht gesendet.</translation>
    </message>
    <message>
        <source>This user would not be sent: %1</source>
        <translation>An diese:n Nutzer:in würde nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Rename template</source>
        <translation>Vorlage umbenennen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <source>Delete “%1”? This cannot be undone.</source>
        <translation>„%1“ löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>Löschen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Import webhook template</source>
        <translation>Webhook-Vorlage importieren</translation>
    </message>
    <message>
        <source>Webhook templates (*.json)</source>
        <translation>Webhook-Vorlagen (*.json)</translation>
    </message>
    <message>
        <source>Could not import</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Export webhook template</source>
        <translation>Webhook-Vorlage exportieren</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Preview for an audience…</source>
        <translation>Vorschau für eine Zielgruppe…</translation>
    </message>
    <message>
        <source>Render this template for many users at once and see who would be sent, aborted or broken.</source>
        <translation>Diese Vorlage für viele Nutzer:innen auf einmal rendern und sehen, an wen gesendet, für wen abgebrochen und bei wem sie fehlerhaft würde.</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Vergleichen…</translation>
    </message>
    <message>
        <source>See this user&apos;s request next to the same user with edited attributes, differences marked.</source>
        <translation>Die Anfrage dieser Person neben derselben Person mit bearbeiteten Attributen sehen, Unterschiede markiert.</translation>
    </message>
    <message>
        <source>Import cURL…</source>
        <translation>cURL importieren…</translation>
    </message>
    <message>
        <source>Create a template from a cURL command in the partner&apos;s documentation.</source>
        <translation>Eine Vorlage aus einem cURL-Befehl der Partnerdokumentation erstellen.</translation>
    </message>
    <message>
        <source>Rehearse delivery</source>
        <translation>Zustellung proben</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Template “%1” saved.</source>
        <translation>Vorlage „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Template “%1” imported.</source>
        <translation>Vorlage „%1“ importiert.</translation>
    </message>
    <message>
        <source>Template exported to %1 (partner secrets stay in the keychain).</source>
        <translation>Vorlage nach %1 exportiert (Partner-Geheimnisse bleiben im Schlüsselbund).</translation>
    </message>
    <message>
        <source>Partner values</source>
        <translation>Partnerwerte</translation>
    </message>
    <message>
        <source>Save %1 on the partner&apos;s Settings tab first: the template refers to it.</source>
        <translation>Speichern Sie zuerst %1 im Tab „Einstellungen“ des Partners: Die Vorlage verweist darauf.</translation>
    </message>
    <message>
        <source>Enter the partner secret “%1” under Partner values first.</source>
        <translation>Geben Sie zuerst das Partner-Secret „%1“ unter „Partnerwerte“ ein.</translation>
    </message>
    <message>
        <source>Connected content stubs</source>
        <translation>Testantworten für Connected Content</translation>
    </message>
</context>
<context>
    <name>WorkflowPanel</name>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Show in the request log</source>
        <translation>Im Anfrageprotokoll anzeigen</translation>
    </message>
    <message>
        <source>Select a step to see its request and response.</source>
        <translation>Wählen Sie einen Schritt aus, um seine Anfrage und Antwort zu sehen.</translation>
    </message>
    <message>
        <source>Fills in the parameters that name a user from a test user saved on the Test users page.</source>
        <translation>Füllt die Parameter, die eine:n Nutzer:in nennen, mit einer:einem auf der Seite „Testnutzer:innen“ gespeicherten Testnutzer:in aus.</translation>
    </message>
    <message>
        <source>Workflow:</source>
        <translation>Workflow:</translation>
    </message>
    <message>
        <source>Runs against the built-in sandbox: nothing reaches Braze.</source>
        <translation>Läuft gegen die integrierte Sandbox: Nichts erreicht Braze.</translation>
    </message>
    <message>
        <source>Runs against %1 (%2): real data in Braze!</source>
        <translation>Läuft gegen %1 (%2): echte Daten in Braze!</translation>
    </message>
    <message>
        <source>Use a saved test user…</source>
        <translation>Gespeicherte:n Testnutzer:in verwenden…</translation>
    </message>
    <message>
        <source>Check the parameters: %1</source>
        <translation>Prüfen Sie die Parameter: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>%L1 s</source>
        <translation>%L1 s</translation>
    </message>
    <message>
        <source>From an earlier run, before the inputs changed: %1</source>
        <translation>Aus einem früheren Lauf, vor den geänderten Eingaben: %1</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>The built-in sandbox imitates Braze&apos;s REST API on this computer, with demo users, subscription groups, segments and one API key per partner. Nothing you do here reaches Braze.</source>
        <translation>Die integrierte Sandbox bildet die REST-API von Braze auf diesem Computer nach, mit Demo-Nutzer:innen, Abo-Gruppen, Segmenten und einem API-Schlüssel pro Partner. Nichts, was Sie hier tun, erreicht Braze.</translation>
    </message>
</context>
<context>
    <name>WorkspaceCommand</name>
    <message>
        <source>List, add, change, remove, import and export workspaces (workspace list|add|update|remove|import|export)</source>
        <translation>Workspaces auflisten, hinzufügen, ändern, entfernen, importieren und exportieren (workspace list|add|update|remove|import|export)</translation>
    </message>
    <message>
        <source>list: the saved workspaces (--json for a script).
add --name N --endpoint URL [--app-id ID] [--notes TEXT] [--allow-custom-host]: a new workspace.
update WORKSPACE [--name N] [--endpoint URL] [--app-id ID] [--notes TEXT] [--allow-custom-host]: changes one.
remove WORKSPACE: deletes it and its API key.
import FILE [--allow-custom-host]: imports exported workspaces; export FILE: exports them (never the keys).
WORKSPACE is a name or an id. add and update take the API key from BRAZE_API_KEY into the keychain. The rules are the Workspaces page&apos;s: invalid input exits with status 2 and changes nothing.</source>
        <translation>list: die gespeicherten Workspaces (--json für ein Skript).
add --name N --endpoint URL [--app-id ID] [--notes TEXT] [--allow-custom-host]: ein neuer Workspace.
update WORKSPACE [--name N] [--endpoint URL] [--app-id ID] [--notes TEXT] [--allow-custom-host]: ändert einen.
remove WORKSPACE: löscht ihn samt API-Schlüssel.
import DATEI [--allow-custom-host]: importiert exportierte Workspaces; export DATEI: exportiert sie (nie die Schlüssel).
WORKSPACE ist ein Name oder eine ID. add und update übernehmen den API-Schlüssel aus BRAZE_API_KEY in den Schlüsselbund. Es gelten die Regeln der Seite „Workspaces“: Ungültige Eingaben enden mit Status 2 und ändern nichts.</translation>
    </message>
    <message>
        <source>list, add, update, remove, import or export</source>
        <translation>list, add, update, remove, import oder export</translation>
    </message>
    <message>
        <source>The workspace&apos;s name.</source>
        <translation>Der Name des Workspace.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The REST endpoint, e.g. https://rest.fra-01.braze.eu.</source>
        <translation>Der REST-Endpunkt, z. B. https://rest.fra-01.braze.eu.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The App ID (optional).</source>
        <translation>Die App-ID (optional).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Notes for colleagues.</source>
        <translation>Notizen für Kollegen.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Confirms an endpoint that is not one of Braze&apos;s REST hosts (a proxy), as the page&apos;s checkbox does.</source>
        <translation>Bestätigt einen Endpunkt, der kein REST-Host von Braze ist (einen Proxy), wie das Kästchen auf der Seite.</translation>
    </message>
    <message>
        <source>list: print JSON.</source>
        <translation>list: JSON ausgeben.</translation>
    </message>
    <message>
        <source>Say what to do: braze-cli workspace list|add|update|remove|import|export; see braze-cli workspace --help.</source>
        <translation>Sagen Sie, was zu tun ist: braze-cli workspace list|add|update|remove|import|export; siehe braze-cli workspace --help.</translation>
    </message>
    <message>
        <source>built-in sandbox</source>
        <translation>integrierte Sandbox</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Workspaces exported to %1 (without API keys).</source>
        <translation>Workspaces nach %1 exportiert (ohne API-Schlüssel).</translation>
    </message>
    <message>
        <source>Confirm it with --allow-custom-host.</source>
        <translation>Bestätigen Sie ihn mit --allow-custom-host.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Imported “%1” (%2). Enter its API key before you use it.</source>
        <translation>„%1“ (%2) importiert. Geben Sie seinen API-Schlüssel ein, bevor Sie ihn verwenden.</translation>
    </message>
    <message>
        <source>The built-in sandbox cannot be changed or removed from the command line.</source>
        <translation>Die integrierte Sandbox kann von der Befehlszeile aus weder geändert noch entfernt werden.</translation>
    </message>
    <message>
        <source>Workspace “%1” removed, with its API key.</source>
        <translation>Workspace „%1“ samt API-Schlüssel entfernt.</translation>
    </message>
    <message>
        <source>Give at least --name and --endpoint.</source>
        <translation>Geben Sie mindestens --name und --endpoint an.</translation>
    </message>
    <message>
        <source>BRAZE_API_KEY: %1</source>
        <translation>BRAZE_API_KEY: %1</translation>
    </message>
    <message>
        <source>Workspace “%1” updated.</source>
        <translation>Workspace „%1“ aktualisiert.</translation>
    </message>
    <message>
        <source>Workspace “%1” added (id %2).</source>
        <translation>Workspace „%1“ hinzugefügt (ID %2).</translation>
    </message>
    <message>
        <source>No API key was given: set BRAZE_API_KEY and run braze-cli workspace update, or enter it on the Workspaces page.</source>
        <translation>Es wurde kein API-Schlüssel angegeben: Setzen Sie BRAZE_API_KEY und führen Sie braze-cli workspace update aus, oder geben Sie ihn auf der Seite „Workspaces“ ein.</translation>
    </message>
    <message>
        <source>The API key was not kept: braze-cli ends now, so enter it again on the Workspaces page or with BRAZE_API_KEY for each command.</source>
        <translation>Der API-Schlüssel wurde nicht aufbewahrt: braze-cli endet jetzt. Geben Sie ihn auf der Seite „Workspaces“ erneut ein oder setzen Sie BRAZE_API_KEY für jeden Befehl.</translation>
    </message>
    <message>
        <source>The API key is in the system keychain.</source>
        <translation>Der API-Schlüssel liegt im Schlüsselbund des Systems.</translation>
    </message>
</context>
<context>
    <name>WorkspaceEditor</name>
    <message>
        <source>Yes, this is my Braze REST endpoint</source>
        <translation>Ja, das ist mein Braze-REST-Endpunkt</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>REST API key from Settings › APIs and Identifiers</source>
        <translation>REST-API-Schlüssel aus Einstellungen › APIs und Kennungen</translation>
    </message>
    <message>
        <source>Show or hide the API key</source>
        <translation>API-Schlüssel anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>Optional: App identifier from Settings › App Settings</source>
        <translation>Optional: App-Kennung aus Einstellungen › App-Einstellungen</translation>
    </message>
    <message>
        <source>Who owns this workspace, which keys it uses, anything a colleague should know</source>
        <translation>Wem dieser Workspace gehört, welche Schlüssel er verwendet, alles, was Kollegen wissen sollten</translation>
    </message>
    <message>
        <source>Custom URL…</source>
        <translation>Eigene URL…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>REST &amp;endpoint:</source>
        <translation>REST-&amp;Endpunkt:</translation>
    </message>
    <message>
        <source>Rehearse with a partner&apos;s key to see what a missing permission does, or with the revoked key to see a 401.</source>
        <translation>Üben Sie mit dem Schlüssel eines Partners, um zu sehen, was eine fehlende Berechtigung bewirkt, oder mit dem widerrufenen Schlüssel, um einen 401 zu sehen.</translation>
    </message>
    <message>
        <source>REST API &amp;key:</source>
        <translation>REST-API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;App ID:</source>
        <translation>&amp;App-ID:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>No&amp;tizen:</translation>
    </message>
    <message>
        <source>The built-in sandbox runs on this computer and is starting.</source>
        <translation>Die integrierte Sandbox läuft auf diesem Computer und wird gerade gestartet.</translation>
    </message>
    <message>
        <source>Built-in sandbox at %1</source>
        <translation>Integrierte Sandbox unter %1</translation>
    </message>
    <message>
        <source>Reading the key from the keychain…</source>
        <translation>Schlüssel wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>All permissions</source>
        <translation>Alle Berechtigungen</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Allowlisted (203.0.113.7 only)</source>
        <translation>Per Allowlist beschränkt (nur 203.0.113.7)</translation>
    </message>
    <message>
        <source>%1 — every call answers 401</source>
        <translation>%1 – jeder Aufruf antwortet mit 401</translation>
    </message>
    <message>
        <source>%1 — calls from this computer answer 401</source>
        <translation>%1 – Aufrufe von diesem Computer antworten mit 401</translation>
    </message>
    <message numerus="yes">
        <source>%1 demo key — %n permission(s)</source>
        <translation>
            <numerusform>%1-Demoschlüssel – %n Berechtigung</numerusform>
            <numerusform>%1-Demoschlüssel – %n Berechtigungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Stored in the system keychain, never in a file.</source>
        <translation>Im Schlüsselbund des Systems gespeichert, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Workspace “%1” saved.</source>
        <translation>Workspace „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Goes into the system keychain when you save, never into a file.</source>
        <translation>Kommt beim Speichern in den Schlüsselbund des Systems, nie in eine Datei.</translation>
    </message>
</context>
<context>
    <name>WorkspaceItemDelegate</name>
    <message>
        <source>%1 (active)</source>
        <translation>%1 (aktiv)</translation>
    </message>
    <message>
        <source>Built-in sandbox on this computer</source>
        <translation>Integrierte Sandbox auf diesem Computer</translation>
    </message>
    <message>
        <source>%1 (not saved yet)</source>
        <translation>%1 (noch nicht gespeichert)</translation>
    </message>
</context>
<context>
    <name>WorkspacePermissionsSection</name>
    <message>
        <source>API key permissions of the active workspace</source>
        <translation>Berechtigungen des API-Schlüssels des aktiven Workspace</translation>
    </message>
    <message>
        <source>API key permissions of “%1”</source>
        <translation>Berechtigungen des API-Schlüssels von „%1“</translation>
    </message>
</context>
<context>
    <name>WorkspacesPage</name>
    <message>
        <source>Use this workspace</source>
        <translation>Diesen Workspace verwenden</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the workspaces as JSON for a colleague. API keys are never exported.</source>
        <translation>Die Workspaces als JSON für Kollegen speichern. API-Schlüssel werden nie exportiert.</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Workspaces</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>The active workspace is the one every page and workflow talks to.</source>
        <translation>Der aktive Workspace ist der, mit dem jede Seite und jeder Workflow arbeitet.</translation>
    </message>
    <message>
        <source>Active workspace</source>
        <translation>Aktiver Workspace</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The workspace has changes that are not saved yet. Save them?</source>
        <translation>Der Workspace hat Änderungen, die noch nicht gespeichert sind. Speichern?</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Neuer Workspace</translation>
    </message>
    <message>
        <source>Delete workspace</source>
        <translation>Workspace löschen</translation>
    </message>
    <message>
        <source>Delete the workspace “%1”? Its API key is removed from the keychain too.</source>
        <translation>Workspace „%1“ löschen? Sein API-Schlüssel wird auch aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>Import workspaces</source>
        <translation>Workspaces importieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Export workspaces</source>
        <translation>Workspaces exportieren</translation>
    </message>
    <message>
        <source>workspaces.json</source>
        <translation>workspaces.json</translation>
    </message>
    <message>
        <source>Save the new workspace first.</source>
        <translation>Speichern Sie zuerst den neuen Workspace.</translation>
    </message>
    <message>
        <source>New workspace not saved</source>
        <translation>Neuer Workspace nicht gespeichert</translation>
    </message>
    <message>
        <source>The new workspace “%1” is not saved yet. Save it? Otherwise it is discarded.</source>
        <translation>Der neue Workspace „%1“ ist noch nicht gespeichert. Speichern? Andernfalls wird er verworfen.</translation>
    </message>
    <message>
        <source>Workspace “%1”: %2</source>
        <translation>Workspace „%1“: %2</translation>
    </message>
    <message>
        <source>you did not confirm %1 as its REST endpoint.</source>
        <translation>Sie haben %1 nicht als seinen REST-Endpunkt bestätigt.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n workspace(s): %1. Enter each one&apos;s API key before you use it.</source>
        <translation>
            <numerusform>%n Workspace importiert: %1. Geben Sie seinen API-Schlüssel ein, bevor Sie ihn verwenden.</numerusform>
            <numerusform>%n Workspaces importiert: %1. Geben Sie jeweils den API-Schlüssel ein, bevor Sie sie verwenden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>Nicht importiert:</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n workspace(s).</source>
        <translation>
            <numerusform>%n Workspace importiert.</numerusform>
            <numerusform>%n Workspaces importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Workspaces exported to %1 (without API keys).</source>
        <translation>Workspaces nach %1 exportiert (ohne API-Schlüssel).</translation>
    </message>
</context>
<context>
    <name>braze-cli</name>
    <message>
        <source>braze-cli: unknown command &apos;%1&apos;; see braze-cli --help</source>
        <translation>braze-cli: unbekannter Befehl „%1“; siehe braze-cli --help</translation>
    </message>
    <message>
        <source>Headless Braze console. Commands:</source>
        <translation>Braze Console ohne grafische Oberfläche. Befehle:</translation>
    </message>
    <message>
        <source>Run &apos;braze-cli COMMAND --help&apos; for a command&apos;s options. The API key is read from BRAZE_API_KEY.</source>
        <translation>Führen Sie „braze-cli BEFEHL --help“ aus, um die Optionen eines Befehls zu sehen. Der API-Schlüssel wird aus BRAZE_API_KEY gelesen.</translation>
    </message>
</context>
<context>
    <name>braze-console</name>
    <message>
        <source>Set up, preview and test Braze partner integrations.</source>
        <translation>Braze-Partnerintegrationen einrichten, in der Vorschau ansehen und testen.</translation>
    </message>
    <message>
        <source>User interface language (en, de, fr); overrides Preferences.</source>
        <translation>Sprache der Benutzeroberfläche (en, de, fr); hat Vorrang vor den Einstellungen.</translation>
    </message>
    <message>
        <source>Workspace settings</source>
        <translation>Workspace-Einstellungen</translation>
    </message>
    <message>
        <source>Page to open: workspaces, quikly, smartersends, actioniq, outgrow, webhooks, users, requestlog, composer or starthere.</source>
        <translation>Zu öffnende Seite: workspaces, quikly, smartersends, actioniq, outgrow, webhooks, users, requestlog, composer oder starthere.</translation>
    </message>
</context>
</TS>
