<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>MainWindow</name>
    <message>
        <source>Perfdeck</source>
        <translation>Perfdeck</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;New Session</source>
        <translation>&amp;Neue Sitzung</translation>
    </message>
    <message>
        <source>&amp;Open Session…</source>
        <translation>Sitzung ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save Session</source>
        <translation>Sitzung &amp;speichern</translation>
    </message>
    <message>
        <source>Save Session &amp;As…</source>
        <translation>Sitzung speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Sessions</source>
        <translation>Zuletzt geöffnete &amp;leeren</translation>
    </message>
    <message>
        <source>Export Selected Runs as &amp;CSV…</source>
        <translation>Ausgewählte Läufe als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Write the intervals of the selected runs (all runs if none is selected) to a CSV file</source>
        <translation>Die Intervalle der ausgewählten Läufe (aller Läufe, wenn keiner ausgewählt ist) in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>Export Selected Runs as &amp;JSON…</source>
        <translation>Ausgewählte Läufe als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>Write the selected runs (all runs if none is selected) as a perfdeck.results/1 document</source>
        <translation>Die ausgewählten Läufe (alle, wenn keiner ausgewählt ist) als perfdeck.results/1-Dokument schreiben</translation>
    </message>
    <message>
        <source>Export Chart as &amp;PNG…</source>
        <translation>Diagramm als &amp;PNG exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import Results…</source>
        <translation>Ergebnisse &amp;importieren…</translation>
    </message>
    <message>
        <source>Add runs from iperf3 JSON (also --json-stream), netperf output or flent files</source>
        <translation>Läufe aus iperf3-JSON (auch --json-stream), netperf-Ausgaben oder flent-Dateien hinzufügen</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Run &amp;Profile…</source>
        <translation>&amp;Profil ausführen…</translation>
    </message>
    <message>
        <source>Run every test of a shipped or user profile as one batch</source>
        <translation>Alle Tests eines mitgelieferten oder eigenen Profils als einen Stapel ausführen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Export Chart as S&amp;VG…</source>
        <translation>Diagramm als SV&amp;G exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Run the test set up in the run panel</source>
        <translation>Den im Lauf-Bereich eingerichteten Test ausführen</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Stop the running test; no iperf3 process is left behind</source>
        <translation>Den laufenden Test stoppen; kein iperf3-Prozess bleibt zurück</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>R&amp;e-run</source>
        <translation>&amp;Erneut ausführen</translation>
    </message>
    <message>
        <source>Run the selected run&apos;s test again (the last run&apos;s if none is selected)</source>
        <translation>Den Test des ausgewählten Laufs erneut ausführen (den des letzten Laufs, wenn keiner ausgewählt ist)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Re&amp;move Selected Runs</source>
        <translation>Ausgewählte Läufe ent&amp;fernen</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Show Per-&amp;Stream Curves</source>
        <translation>Kurven je Strea&amp;m anzeigen</translation>
    </message>
    <message>
        <source>Draw each stream besides the total</source>
        <translation>Jeden Stream neben der Summe zeichnen</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>Layout &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;About Perfdeck</source>
        <translation>&amp;Über Perfdeck</translation>
    </message>
</context>
<context>
    <name>Perfdeck</name>
    <message>
        <source>not a Perfdeck results document (&quot;format&quot; is &apos;%1&apos;, expected &apos;%2&apos;)</source>
        <translation>kein Perfdeck-Ergebnisdokument (&quot;format&quot; ist &apos;%1&apos;, erwartet &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>host &apos;%1&apos; must not start with &apos;-&apos;</source>
        <translation>Host &apos;%1&apos; darf nicht mit &apos;-&apos; beginnen</translation>
    </message>
    <message>
        <source>the totals</source>
        <translation>die Summen</translation>
    </message>
    <message>
        <source>the reverse totals</source>
        <translation>die Summen der Gegenrichtung</translation>
    </message>
    <message>
        <source>%1 stream(s) with an impossible socket number (shown as -1)</source>
        <translation>%1 Stream(s) mit unmöglicher Socket-Nummer (als -1 angezeigt)</translation>
    </message>
    <message>
        <source>more impossible values were set to null</source>
        <translation>weitere unmögliche Werte wurden auf null gesetzt</translation>
    </message>
    <message>
        <source>%1: retransmits %2 is impossible (a negative count printed unsigned, esnet/iperf#725); set to null</source>
        <translation>%1: Retransmits %2 ist unmöglich (eine negative Zahl vorzeichenlos ausgegeben, esnet/iperf#725); auf null gesetzt</translation>
    </message>
    <message>
        <source>%1: a stream&apos;s lost_packets %2 is impossible; set to null</source>
        <translation>%1: lost_packets %2 eines Streams ist unmöglich; auf null gesetzt</translation>
    </message>
    <message>
        <source>iperf3&apos;s --omit bug, esnet/iperf#412 and #914</source>
        <translation>der --omit-Fehler von iperf3, esnet/iperf#412 und #914</translation>
    </message>
    <message>
        <source>UDP packet counters wrap after 2^32 datagrams unless --udp-counters-64bit is used, esnet/iperf#1892</source>
        <translation>UDP-Paketzähler laufen nach 2^32 Datagrammen über, außer mit --udp-counters-64bit, esnet/iperf#1892</translation>
    </message>
    <message>
        <source>%1: lost %2/%3 (%4 %) is impossible (%5); loss set to null</source>
        <translation>%1: Verlust %2/%3 (%4 %) ist unmöglich (%5); Verlust auf null gesetzt</translation>
    </message>
    <message>
        <source>unrecognised version output: %1</source>
        <translation>unbekannte Versionsausgabe: %1</translation>
    </message>
    <message>
        <source>iperf3 was not found in PATH; install it (Debian: apt-get install iperf3) or set PERFDECK_IPERF3</source>
        <translation>iperf3 wurde im PATH nicht gefunden; installieren Sie es (Debian: apt-get install iperf3) oder setzen Sie PERFDECK_IPERF3</translation>
    </message>
    <message>
        <source>%1 = %2 is impossible (ignored)</source>
        <translation>%1 = %2 ist unmöglich (ignoriert)</translation>
    </message>
    <message>
        <source>not an iperf3 JSON document (the top level is not an object)</source>
        <translation>kein iperf3-JSON-Dokument (die oberste Ebene ist kein Objekt)</translation>
    </message>
    <message>
        <source>not an iperf3 JSON document (no &quot;start&quot; object)</source>
        <translation>kein iperf3-JSON-Dokument (kein &quot;start&quot;-Objekt)</translation>
    </message>
    <message>
        <source>not an iperf3 JSON document (no &quot;intervals&quot;, &quot;end&quot; or &quot;error&quot;)</source>
        <translation>kein iperf3-JSON-Dokument (kein &quot;intervals&quot;, &quot;end&quot; oder &quot;error&quot;)</translation>
    </message>
    <message>
        <source>protocol %1 recorded as tcp</source>
        <translation>Protokoll %1 als tcp erfasst</translation>
    </message>
    <message>
        <source>no end totals in the document: summary computed from %1 intervals</source>
        <translation>keine Endsummen im Dokument: Zusammenfassung aus %1 Intervallen berechnet</translation>
    </message>
    <message>
        <source>server side of a -R test: the receiver&apos;s totals are not in this document (sent_bps is the sender&apos;s)</source>
        <translation>Serverseite eines -R-Tests: die Summen des Empfängers stehen nicht in diesem Dokument (sent_bps ist die des Senders)</translation>
    </message>
    <message>
        <source>iperf3 reported no results</source>
        <translation>iperf3 meldete keine Ergebnisse</translation>
    </message>
    <message>
        <source>the test did not finish (no end totals)</source>
        <translation>der Test wurde nicht beendet (keine Endsummen)</translation>
    </message>
    <message>
        <source>%1: unexpected end of data (the file looks truncated)</source>
        <translation>%1: unerwartetes Datenende (die Datei scheint abgeschnitten)</translation>
    </message>
    <message>
        <source>the document is truncated at %1; %2 complete intervals kept</source>
        <translation>das Dokument ist bei %1 abgeschnitten; %2 vollständige Intervalle behalten</translation>
    </message>
    <message>
        <source>empty file (iperf3 printed nothing: was it killed before the end?)</source>
        <translation>leere Datei (iperf3 gab nichts aus: wurde es vor dem Ende beendet?)</translation>
    </message>
    <message>
        <source>iperf3 printed its JSON document twice (a bug of 3.16 and 3.17, esnet/iperf#1688 and #1716); the second copy was ignored</source>
        <translation>iperf3 gab sein JSON-Dokument zweimal aus (ein Fehler von 3.16 und 3.17, esnet/iperf#1688 und #1716); die zweite Kopie wurde ignoriert</translation>
    </message>
    <message>
        <source>a second JSON document follows the first one at %1; only the first was read</source>
        <translation>ein zweites JSON-Dokument folgt dem ersten bei %1; nur das erste wurde gelesen</translation>
    </message>
    <message>
        <source>iperf3 printed text after its JSON (esnet/iperf#1143, #1631): &quot;%1&quot;</source>
        <translation>iperf3 gab nach seinem JSON Text aus (esnet/iperf#1143, #1631): &quot;%1&quot;</translation>
    </message>
    <message>
        <source>iperf3 wrote %1 value(s) as nan or inf, which is not JSON (esnet/iperf#613, #826); they are null</source>
        <translation>iperf3 schrieb %1 Wert(e) als nan oder inf, was kein JSON ist (esnet/iperf#613, #826); sie sind null</translation>
    </message>
    <message>
        <source>netperf runs one stream per test process (got %1 streams); run the test through JobRunner, which starts one netperf per stream</source>
        <translation>netperf führt einen Stream je Testprozess aus (%1 Streams erhalten); führen Sie den Test über JobRunner aus, der je Stream ein netperf startet</translation>
    </message>
    <message>
        <source>install it (Debian: apt-get install netperf from the non-free component, or packaging/install-deps.sh)</source>
        <translation>installieren Sie es (Debian: apt-get install netperf aus der Komponente non-free, oder packaging/install-deps.sh)</translation>
    </message>
    <message>
        <source>netperf was not found in PATH; </source>
        <translation>netperf wurde im PATH nicht gefunden; </translation>
    </message>
    <message>
        <source> or set PERFDECK_NETPERF</source>
        <translation> oder setzen Sie PERFDECK_NETPERF</translation>
    </message>
    <message>
        <source>no netserver listening on %1:%2 (start one with `netserver -p %2`, or run without a target for the embedded default)</source>
        <translation>kein netserver lauscht auf %1:%2 (starten Sie einen mit `netserver -p %2` oder führen Sie ohne Ziel für den eingebetteten Standard aus)</translation>
    </message>
    <message>
        <source>confidence: the result is within +/-%1 % at %2 % confidence after %3 iterations</source>
        <translation>Konfidenz: das Ergebnis liegt innerhalb +/-%1 % bei %2 % Konfidenz nach %3 Iterationen</translation>
    </message>
    <message>
        <source> (not the +/-%1 % asked for: run longer or allow more iterations)</source>
        <translation> (nicht die verlangten +/-%1 %: länger messen oder mehr Iterationen erlauben)</translation>
    </message>
    <message>
        <source>%1 interim result(s) were nan or infinite: left out</source>
        <translation>%1 Zwischenergebnis(se) waren nan oder unendlich: ausgelassen</translation>
    </message>
    <message>
        <source>netperf printed %1=%2, which is not a measurement</source>
        <translation>netperf gab %1=%2 aus, was kein Messwert ist</translation>
    </message>
    <message>
        <source>netperf printed THROUGHPUT=%1 in units &apos;%2&apos;, which give no finite bit rate</source>
        <translation>netperf gab THROUGHPUT=%1 in der Einheit &apos;%2&apos; aus, die keine endliche Bitrate ergibt</translation>
    </message>
    <message>
        <source>netperf printed %1=%2 (not a finite number): stored as null</source>
        <translation>netperf gab %1=%2 aus (keine endliche Zahl): als null gespeichert</translation>
    </message>
    <message>
        <source>netperf printed no final result (the test was cut short)</source>
        <translation>netperf gab kein Endergebnis aus (der Test wurde abgebrochen)</translation>
    </message>
    <message>
        <source>no netperf result found (expected netperf&apos;s test banner and its result table, -k or -o output)</source>
        <translation>kein netperf-Ergebnis gefunden (erwartet: netperfs Test-Banner und Ergebnistabelle, -k- oder -o-Ausgabe)</translation>
    </message>
    <message>
        <source>netperf&apos;s banner but no result: the test did not finish (was netperf killed?)</source>
        <translation>netperf-Banner, aber kein Ergebnis: der Test wurde nicht beendet (wurde netperf beendet?)</translation>
    </message>
    <message>
        <source>the peer&apos;s address is not known: no test interface</source>
        <translation>die Adresse der Gegenstelle ist unbekannt: keine Testschnittstelle</translation>
    </message>
    <message>
        <source>no route to %1 found</source>
        <translation>keine Route zu %1 gefunden</translation>
    </message>
    <message>
        <source>%1 reports no link speed</source>
        <translation>%1 meldet keine Verbindungsgeschwindigkeit</translation>
    </message>
    <message>
        <source>the host&apos;s answer had no kernel version (not Linux?)</source>
        <translation>die Antwort des Hosts enthielt keine Kernel-Version (kein Linux?)</translation>
    </message>
    <message>
        <source>environment of %1 not collected: %2</source>
        <translation>Umgebung von %1 nicht erfasst: %2</translation>
    </message>
    <message>
        <source>iperf3 is not available</source>
        <translation>iperf3 ist nicht verfügbar</translation>
    </message>
    <message>
        <source>cannot keep the raw output: %1</source>
        <translation>die Rohausgabe kann nicht behalten werden: %1</translation>
    </message>
    <message>
        <source>unreadable iperf3 output: %1</source>
        <translation>unlesbare iperf3-Ausgabe: %1</translation>
    </message>
    <message>
        <source>the iperf3 client %1 without a result</source>
        <translation>der iperf3-Client %1 ohne Ergebnis</translation>
    </message>
    <message>
        <source>cancelled by the user</source>
        <translation>vom Benutzer abgebrochen</translation>
    </message>
    <message>
        <source>followed from iperf3&apos;s text output: figures are rounded to the 3 significant digits iperf3 prints</source>
        <translation>aus der Textausgabe von iperf3 verfolgt: die Werte sind auf die 3 signifikanten Stellen gerundet, die iperf3 ausgibt</translation>
    </message>
    <message>
        <source>the iperf3 client ended without its summary</source>
        <translation>der iperf3-Client endete ohne seine Zusammenfassung</translation>
    </message>
    <message>
        <source>iperf3 could not be probed on %1</source>
        <translation>iperf3 konnte auf %1 nicht geprüft werden</translation>
    </message>
    <message>
        <source>netperf could not be probed on %1</source>
        <translation>netperf konnte auf %1 nicht geprüft werden</translation>
    </message>
    <message>
        <source>unknown host &apos;%1&apos; (known hosts: %2)</source>
        <translation>unbekannter Host &apos;%1&apos; (bekannte Hosts: %2)</translation>
    </message>
    <message>
        <source>cancelled by the user before the test started</source>
        <translation>vom Benutzer abgebrochen, bevor der Test begann</translation>
    </message>
    <message>
        <source>no free port on %1</source>
        <translation>kein freier Port auf %1</translation>
    </message>
    <message>
        <source>timed out after %1 s</source>
        <translation>Zeitüberschreitung nach %1 s</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>mit Code %1 beendet</translation>
    </message>
    <message>
        <source>could not start %1: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>netperf is not available</source>
        <translation>netperf ist nicht verfügbar</translation>
    </message>
    <message>
        <source>netserver was not found beside %1 nor in PATH; install netperf (packaging/install-deps.sh), set PERFDECK_NETSERVER, or give a --target running netserver</source>
        <translation>netserver wurde weder neben %1 noch im PATH gefunden; installieren Sie netperf (packaging/install-deps.sh), setzen Sie PERFDECK_NETSERVER oder geben Sie ein --target an, auf dem netserver läuft</translation>
    </message>
    <message>
        <source>the netperf client %1</source>
        <translation>der netperf-Client %1</translation>
    </message>
    <message>
        <source>the netperf client %1 without a result%2</source>
        <translation>der netperf-Client %1 ohne Ergebnis%2</translation>
    </message>
    <message>
        <source> (exit code %1)</source>
        <translation> (Exit-Code %1)</translation>
    </message>
    <message>
        <source>netperf exited with code %1 after printing its result</source>
        <translation>netperf endete mit Code %1, nachdem es sein Ergebnis ausgegeben hatte</translation>
    </message>
    <message>
        <source>cannot create the start barrier: %1</source>
        <translation>die Startbarriere kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>the %1 on %2:%3 did not start listening within %4 s</source>
        <translation>der %1 auf %2:%3 lauschte nicht innerhalb von %4 s</translation>
    </message>
    <message>
        <source>the port request was cancelled</source>
        <translation>die Portanforderung wurde abgebrochen</translation>
    </message>
    <message>
        <source>no free port on %1 for the %2%3</source>
        <translation>kein freier Port auf %1 für den %2%3</translation>
    </message>
    <message>
        <source>port %1 is taken, trying another</source>
        <translation>Port %1 ist belegt, ein anderer wird versucht</translation>
    </message>
    <message>
        <source>the %1 could not start on %2:%3: %4</source>
        <translation>der %1 konnte auf %2:%3 nicht starten: %4</translation>
    </message>
    <message>
        <source>the %1 on %2 ended during the test: %3</source>
        <translation>der %1 auf %2 endete während des Tests: %3</translation>
    </message>
    <message>
        <source>the %1 ended during the test: %2</source>
        <translation>der %1 endete während des Tests: %2</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>the client on %1 ended: %2</source>
        <translation>der Client auf %1 endete: %2</translation>
    </message>
    <message>
        <source>no response from the %1 at %2:%3 within %4 s</source>
        <translation>keine Antwort vom %1 auf %2:%3 innerhalb von %4 s</translation>
    </message>
    <message>
        <source>: the test never started</source>
        <translation>: der Test hat nie begonnen</translation>
    </message>
    <message>
        <source>the port accepts connections but no %1 answers</source>
        <translation>der Port nimmt Verbindungen an, aber kein %1 antwortet</translation>
    </message>
    <message>
        <source>nothing listens on that port now</source>
        <translation>auf diesem Port lauscht jetzt nichts</translation>
    </message>
    <message>
        <source>connecting to it fails: %1</source>
        <translation>die Verbindung dorthin schlägt fehl: %1</translation>
    </message>
    <message>
        <source>connecting to it hangs (are packets dropped on the way?)</source>
        <translation>die Verbindung dorthin hängt (werden Pakete unterwegs verworfen?)</translation>
    </message>
    <message>
        <source>section header &apos;%1&apos; is not [group], [group:vars] or [group:children]</source>
        <translation>Abschnittskopf &apos;%1&apos; ist nicht [group], [group:vars] oder [group:children]</translation>
    </message>
    <message>
        <source>section type &apos;:%1&apos; is unknown (use :vars or :children); section skipped</source>
        <translation>Abschnittstyp &apos;:%1&apos; ist unbekannt (verwenden Sie :vars oder :children); Abschnitt übersprungen</translation>
    </message>
    <message>
        <source>[%1:vars] expects key=value, got &apos;%2&apos;</source>
        <translation>[%1:vars] erwartet key=value, erhalten &apos;%2&apos;</translation>
    </message>
    <message>
        <source>host variable &apos;%1&apos; is not key=value</source>
        <translation>Host-Variable &apos;%1&apos; ist nicht key=value</translation>
    </message>
    <message>
        <source>group &apos;%1&apos; must be a map with hosts, vars and children</source>
        <translation>Gruppe &apos;%1&apos; muss eine Map mit hosts, vars und children sein</translation>
    </message>
    <message>
        <source>%1.hosts must be a map of host names (each followed by &apos;:&apos;)</source>
        <translation>%1.hosts muss eine Map von Host-Namen sein (jeweils gefolgt von &apos;:&apos;)</translation>
    </message>
    <message>
        <source>%1.children must be a map of groups</source>
        <translation>%1.children muss eine Map von Gruppen sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in group &apos;%2&apos; is not hosts, vars or children; skipped</source>
        <translation>&apos;%1&apos; in Gruppe &apos;%2&apos; ist nicht hosts, vars oder children; übersprungen</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>YAML-Syntaxfehler: %1</translation>
    </message>
    <message>
        <source>an Ansible YAML inventory is a map of groups (usually starting with &apos;all:&apos;)</source>
        <translation>ein Ansible-YAML-Inventar ist eine Map von Gruppen (meist beginnend mit &apos;all:&apos;)</translation>
    </message>
    <message>
        <source>vault-encrypted variables skipped (decrypt with ansible-vault to import them)</source>
        <translation>Vault-verschlüsselte Variablen übersprungen (mit ansible-vault entschlüsseln, um sie zu importieren)</translation>
    </message>
    <message>
        <source>variables file skipped: YAML syntax error: %1</source>
        <translation>Variablendatei übersprungen: YAML-Syntaxfehler: %1</translation>
    </message>
    <message>
        <source>host range in &apos;%1&apos; has no closing &apos;]&apos;</source>
        <translation>Host-Bereich in &apos;%1&apos; hat kein schließendes &apos;]&apos;</translation>
    </message>
    <message>
        <source>host range &apos;%1&apos; must be [start:end] or [start:end:step]</source>
        <translation>Host-Bereich &apos;%1&apos; muss [start:end] oder [start:end:step] sein</translation>
    </message>
    <message>
        <source>host range step &apos;%1&apos; must be a positive number</source>
        <translation>Schrittweite &apos;%1&apos; des Host-Bereichs muss eine positive Zahl sein</translation>
    </message>
    <message>
        <source>host range [%1:%2] is empty or too large</source>
        <translation>Host-Bereich [%1:%2] ist leer oder zu groß</translation>
    </message>
    <message>
        <source>host range [%1:%2] must be numbers ([01:20]) or single letters ([a:f])</source>
        <translation>Host-Bereich [%1:%2] muss aus Zahlen ([01:20]) oder einzelnen Buchstaben ([a:f]) bestehen</translation>
    </message>
    <message>
        <source>cannot read the Ansible inventory: %1</source>
        <translation>das Ansible-Inventar kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1: %2 is a Jinja2 expression (%3) that Perfdeck does not evaluate; left out</source>
        <translation>%1: %2 ist ein Jinja2-Ausdruck (%3), den Perfdeck nicht auswertet; ausgelassen</translation>
    </message>
    <message>
        <source>%1 uses ansible_connection=local: it is this machine, which Perfdeck calls &apos;local&apos;; skipped</source>
        <translation>%1 verwendet ansible_connection=local: das ist dieser Rechner, den Perfdeck &apos;local&apos; nennt; übersprungen</translation>
    </message>
    <message>
        <source>host &apos;local&apos; skipped: in Perfdeck &apos;local&apos; is always this machine</source>
        <translation>Host &apos;local&apos; übersprungen: in Perfdeck ist &apos;local&apos; immer dieser Rechner</translation>
    </message>
    <message>
        <source>%1: ansible_port &apos;%2&apos; is not a port number; 22 used</source>
        <translation>%1: ansible_port &apos;%2&apos; ist keine Portnummer; 22 verwendet</translation>
    </message>
    <message>
        <source>%1: the password is not imported (Perfdeck asks for it and can keep it in the keychain)</source>
        <translation>%1: das Passwort wird nicht importiert (Perfdeck fragt danach und kann es im Schlüsselbund behalten)</translation>
    </message>
    <message>
        <source>jump host from ansible_ssh_common_args</source>
        <translation>Jump-Host aus ansible_ssh_common_args</translation>
    </message>
    <message>
        <source>jump host &apos;%1&apos; added from the ssh arguments of %2</source>
        <translation>Jump-Host &apos;%1&apos; aus den SSH-Argumenten von %2 hinzugefügt</translation>
    </message>
    <message>
        <source>jump hosts of %1 loop back to it; its jump host &apos;%2&apos; was dropped</source>
        <translation>die Jump-Hosts von %1 führen auf ihn zurück; sein Jump-Host &apos;%2&apos; wurde entfernt</translation>
    </message>
    <message>
        <source>this machine (no SSH)</source>
        <translation>dieser Rechner (ohne SSH)</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>dieser Rechner</translation>
    </message>
    <message>
        <source>a host needs a name</source>
        <translation>ein Host braucht einen Namen</translation>
    </message>
    <message>
        <source>host name &apos;%1&apos; must not start with &apos;-&apos;</source>
        <translation>Host-Name &apos;%1&apos; darf nicht mit &apos;-&apos; beginnen</translation>
    </message>
    <message>
        <source>host name &apos;%1&apos; must not contain white space or commas</source>
        <translation>Host-Name &apos;%1&apos; darf keine Leerzeichen oder Kommas enthalten</translation>
    </message>
    <message>
        <source>reached through %1; TCP checked to %2</source>
        <translation>über %1 erreicht; TCP bis %2 geprüft</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source> (&apos;perfdeck-cli hosts check --accept-new-host-keys&apos; accepts and saves it)</source>
        <translation> (&apos;perfdeck-cli hosts check --accept-new-host-keys&apos; akzeptiert und speichert ihn)</translation>
    </message>
    <message>
        <source>round-trip command failed: %1</source>
        <translation>Round-Trip-Befehl fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the tool check did not finish within %1 s</source>
        <translation>die Werkzeugprüfung endete nicht innerhalb von %1 s</translation>
    </message>
    <message>
        <source>%1: sudo needs a password there, and Perfdeck runs sudo -n only (it never asks for or stores one). Allow passwordless sudo for the package manager, or run as root: %2</source>
        <translation>%1: sudo verlangt dort ein Passwort, und Perfdeck führt nur sudo -n aus (es fragt nie nach einem und speichert keines). Erlauben Sie passwortloses sudo für den Paketmanager oder führen Sie als root aus: %2</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation>durch Signal %1 beendet</translation>
    </message>
    <message>
        <source>%1: the host&apos;s answer was cut short</source>
        <translation>%1: die Antwort des Hosts war abgeschnitten</translation>
    </message>
    <message>
        <source>%1: no apt-get, dnf or zypper found; install %2 by hand or copy a static binary (--copy LOCAL --to REMOTE_PATH)</source>
        <translation>%1: kein apt-get, dnf oder zypper gefunden; installieren Sie %2 von Hand oder kopieren Sie ein statisches Programm (--copy LOCAL --to REMOTE_PATH)</translation>
    </message>
    <message>
        <source>%1: not logged in as root and sudo is not installed; as root run: %2</source>
        <translation>%1: nicht als root angemeldet und sudo ist nicht installiert; als root ausführen: %2</translation>
    </message>
    <message>
        <source>%1: this machine is not deployed to over SSH; install the tools with its package manager</source>
        <translation>%1: auf diesen Rechner wird nicht über SSH verteilt; installieren Sie die Werkzeuge mit seinem Paketmanager</translation>
    </message>
    <message>
        <source>%1 is still not found on %2 after the install%3</source>
        <translation>%1 ist nach der Installation auf %2 immer noch nicht zu finden%3</translation>
    </message>
    <message>
        <source> (the inventory names %1)</source>
        <translation> (das Inventar nennt %1)</translation>
    </message>
    <message>
        <source>%1: could not make the folder %2%3</source>
        <translation>%1: der Ordner %2 konnte nicht angelegt werden%3</translation>
    </message>
    <message>
        <source>copied to %1</source>
        <translation>nach %1 kopiert</translation>
    </message>
    <message>
        <source>the host&apos;s answer was cut short</source>
        <translation>die Antwort des Hosts war abgeschnitten</translation>
    </message>
    <message>
        <source>iperf3 not found on the host&apos;s PATH</source>
        <translation>iperf3 nicht im PATH des Hosts gefunden</translation>
    </message>
    <message>
        <source>netserver not found</source>
        <translation>netserver nicht gefunden</translation>
    </message>
    <message>
        <source>no iperf3</source>
        <translation>kein iperf3</translation>
    </message>
    <message>
        <source>no netserver</source>
        <translation>kein netserver</translation>
    </message>
    <message>
        <source>disk nearly full</source>
        <translation>Festplatte fast voll</translation>
    </message>
    <message>
        <source>SSH not checked</source>
        <translation>SSH nicht geprüft</translation>
    </message>
    <message>
        <source>unknown host &apos;%1&apos;</source>
        <translation>unbekannter Host &apos;%1&apos;</translation>
    </message>
    <message>
        <source> (did you mean &apos;%1&apos;?)</source>
        <translation> (meinten Sie &apos;%1&apos;?)</translation>
    </message>
    <message>
        <source>; known hosts: %1</source>
        <translation>; bekannte Hosts: %1</translation>
    </message>
    <message>
        <source>duplicate host name &apos;%1&apos;</source>
        <translation>doppelter Host-Name &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;local&apos; is this machine without SSH: it takes no address, user, identity_file or jump</source>
        <translation>&apos;local&apos; ist dieser Rechner ohne SSH: er nimmt kein address, user, identity_file oder jump</translation>
    </message>
    <message>
        <source>host &apos;%1&apos; has no address</source>
        <translation>Host &apos;%1&apos; hat keine Adresse</translation>
    </message>
    <message>
        <source>host &apos;%1&apos;: port %2 is not 1-65535</source>
        <translation>Host &apos;%1&apos;: Port %2 liegt nicht in 1-65535</translation>
    </message>
    <message>
        <source>host &apos;%1&apos; names itself as its jump host</source>
        <translation>Host &apos;%1&apos; nennt sich selbst als Jump-Host</translation>
    </message>
    <message>
        <source>host &apos;%1&apos;: &apos;local&apos; cannot be a jump host (it is this machine; leave jump empty)</source>
        <translation>Host &apos;%1&apos;: &apos;local&apos; kann kein Jump-Host sein (es ist dieser Rechner; jump leer lassen)</translation>
    </message>
    <message>
        <source>host &apos;%1&apos;: jump host: %2</source>
        <translation>Host &apos;%1&apos;: Jump-Host: %2</translation>
    </message>
    <message>
        <source>jump hosts form a cycle: %1</source>
        <translation>Jump-Hosts bilden einen Zyklus: %1</translation>
    </message>
    <message>
        <source>%1 has no value</source>
        <translation>%1 hat keinen Wert</translation>
    </message>
    <message>
        <source>%1 must be a single value, not a %2</source>
        <translation>%1 muss ein einzelner Wert sein, keine %2</translation>
    </message>
    <message>
        <source>roles: unknown role &apos;%1&apos; (use client, server or both)</source>
        <translation>roles: unbekannte Rolle &apos;%1&apos; (verwenden Sie client, server oder both)</translation>
    </message>
    <message>
        <source>roles must name client, server or both</source>
        <translation>roles muss client, server oder both nennen</translation>
    </message>
    <message>
        <source>location must be a map {lat: 48.2, lon: 16.4}</source>
        <translation>location muss eine Map {lat: 48.2, lon: 16.4} sein</translation>
    </message>
    <message>
        <source>location needs both lat and lon</source>
        <translation>location braucht sowohl lat als auch lon</translation>
    </message>
    <message>
        <source>location.%1 must be a number from -%2 to %2 (got &apos;%3&apos;)</source>
        <translation>location.%1 muss eine Zahl von -%2 bis %2 sein (erhalten &apos;%3&apos;)</translation>
    </message>
    <message>
        <source>a host must be a map of field: value (name, address, ...)</source>
        <translation>ein Host muss eine Map von Feld: Wert sein (name, address, ...)</translation>
    </message>
    <message>
        <source>%1: passwords are never stored in an inventory; write &apos;auth: password&apos; and Perfdeck asks (and can keep it in the system keychain)</source>
        <translation>%1: Passwörter werden nie in einem Inventar gespeichert; schreiben Sie &apos;auth: password&apos; und Perfdeck fragt (und kann es im Schlüsselbund des Systems behalten)</translation>
    </message>
    <message>
        <source>%1 is given twice</source>
        <translation>%1 ist doppelt angegeben</translation>
    </message>
    <message>
        <source>%1 and %2 are the same field (%2 is an alias of %1): keep one</source>
        <translation>%1 und %2 sind dasselbe Feld (%2 ist ein Alias von %1): behalten Sie eines</translation>
    </message>
    <message>
        <source>port must be a number from 1 to 65535 (got &apos;%1&apos;)</source>
        <translation>port muss eine Zahl von 1 bis 65535 sein (erhalten &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>auth must be agent, key or password (got &apos;%1&apos;)</source>
        <translation>auth muss agent, key oder password sein (erhalten &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>&apos;local&apos; is this machine, reached without SSH: remove %1 (or give the host another name)</source>
        <translation>&apos;local&apos; ist dieser Rechner, ohne SSH erreicht: entfernen Sie %1 (oder geben Sie dem Host einen anderen Namen)</translation>
    </message>
    <message>
        <source>host &apos;%1&apos; needs an address</source>
        <translation>Host &apos;%1&apos; braucht eine Adresse</translation>
    </message>
    <message>
        <source>the inventory is empty (it needs &apos;format: %1&apos; and &apos;hosts:&apos;)</source>
        <translation>das Inventar ist leer (es braucht &apos;format: %1&apos; und &apos;hosts:&apos;)</translation>
    </message>
    <message>
        <source>an inventory is a map with &apos;format: %1&apos; and &apos;hosts:&apos;</source>
        <translation>ein Inventar ist eine Map mit &apos;format: %1&apos; und &apos;hosts:&apos;</translation>
    </message>
    <message>
        <source>missing &apos;format: %1&apos; (is this a Perfdeck inventory?)</source>
        <translation>&apos;format: %1&apos; fehlt (ist das ein Perfdeck-Inventar?)</translation>
    </message>
    <message>
        <source>format &apos;%1&apos; is not supported by this Perfdeck (it reads %2)</source>
        <translation>Format &apos;%1&apos; wird von diesem Perfdeck nicht unterstützt (es liest %2)</translation>
    </message>
    <message>
        <source>format must be &apos;%1&apos; (got &apos;%2&apos;)</source>
        <translation>format muss &apos;%1&apos; sein (erhalten &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>missing &apos;hosts:&apos; (a list of hosts, each starting with &apos;- name:&apos;)</source>
        <translation>&apos;hosts:&apos; fehlt (eine Liste von Hosts, jeder beginnend mit &apos;- name:&apos;)</translation>
    </message>
    <message>
        <source>hosts must be a list of hosts (each starting with &apos;- name:&apos;)</source>
        <translation>hosts muss eine Liste von Hosts sein (jeder beginnend mit &apos;- name:&apos;)</translation>
    </message>
    <message>
        <source>duplicate host name &apos;%1&apos; (first at line %2)</source>
        <translation>doppelter Host-Name &apos;%1&apos; (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>jump: host &apos;%1&apos; cannot be its own jump host</source>
        <translation>jump: Host &apos;%1&apos; kann nicht sein eigener Jump-Host sein</translation>
    </message>
    <message>
        <source>jump: &apos;local&apos; is this machine; leave jump out to connect directly</source>
        <translation>jump: &apos;local&apos; ist dieser Rechner; lassen Sie jump weg, um direkt zu verbinden</translation>
    </message>
    <message>
        <source>jump: the jump hosts form a cycle %1</source>
        <translation>jump: die Jump-Hosts bilden einen Zyklus %1</translation>
    </message>
    <message>
        <source>cannot read the inventory: %1</source>
        <translation>das Inventar kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read the ssh configuration: %1</source>
        <translation>die SSH-Konfiguration kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Include loop: %1 is already being read; skipped</source>
        <translation>Include-Schleife: %1 wird bereits gelesen; übersprungen</translation>
    </message>
    <message>
        <source>not a &apos;Keyword value&apos; line; skipped</source>
        <translation>keine Zeile der Form &apos;Keyword value&apos;; übersprungen</translation>
    </message>
    <message>
        <source>unbalanced quote; line skipped</source>
        <translation>unausgeglichenes Anführungszeichen; Zeile übersprungen</translation>
    </message>
    <message>
        <source>Host without a pattern; skipped</source>
        <translation>Host ohne Muster; übersprungen</translation>
    </message>
    <message>
        <source>&apos;Match %1&apos; block skipped: Perfdeck imports Host blocks only; copy what it sets into a Host block to import it</source>
        <translation>Block &apos;Match %1&apos; übersprungen: Perfdeck importiert nur Host-Blöcke; kopieren Sie seine Einstellungen in einen Host-Block, um sie zu importieren</translation>
    </message>
    <message>
        <source>Include nested too deeply; skipped</source>
        <translation>Include zu tief verschachtelt; übersprungen</translation>
    </message>
    <message>
        <source>Include %1: no such file</source>
        <translation>Include %1: keine solche Datei</translation>
    </message>
    <message>
        <source>Host &apos;local&apos; skipped: in Perfdeck &apos;local&apos; is always this machine</source>
        <translation>Host &apos;local&apos; übersprungen: in Perfdeck ist &apos;local&apos; immer dieser Rechner</translation>
    </message>
    <message>
        <source>%1: token %2 kept as written (Perfdeck expands %h, %r, %u, %d, %p, %n, %l and %%)</source>
        <translation>%1: Token %2 wie geschrieben belassen (Perfdeck ersetzt %h, %r, %u, %d, %p, %n, %l und %%)</translation>
    </message>
    <message>
        <source>Port &apos;%1&apos; is not a port number; %2 uses 22</source>
        <translation>Port &apos;%1&apos; ist keine Portnummer; %2 verwendet 22</translation>
    </message>
    <message>
        <source>ProxyCommand for %1 not imported (Perfdeck goes through jump hosts only: use ProxyJump)</source>
        <translation>ProxyCommand für %1 nicht importiert (Perfdeck verbindet nur über Jump-Hosts: verwenden Sie ProxyJump)</translation>
    </message>
    <message>
        <source>ProxyJump hop &apos;%1&apos; not understood; skipped</source>
        <translation>ProxyJump-Sprung &apos;%1&apos; nicht verstanden; übersprungen</translation>
    </message>
    <message>
        <source>jump host from ProxyJump</source>
        <translation>Jump-Host aus ProxyJump</translation>
    </message>
    <message>
        <source>jump host &apos;%1&apos; added from ProxyJump %2</source>
        <translation>Jump-Host &apos;%1&apos; aus ProxyJump %2 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 reached through %2 (ProxyJump %3)</source>
        <translation>%1 über %2 erreicht (ProxyJump %3)</translation>
    </message>
    <message>
        <source>jump host &apos;%1&apos; added for the chain %2</source>
        <translation>Jump-Host &apos;%1&apos; für die Kette %2 hinzugefügt</translation>
    </message>
    <message>
        <source>ProxyJump of %1 loops back to it; its jump host &apos;%2&apos; was dropped</source>
        <translation>ProxyJump von %1 führt auf ihn zurück; sein Jump-Host &apos;%2&apos; wurde entfernt</translation>
    </message>
    <message>
        <source>partial: figures cover the %1 s measured before the run ended</source>
        <translation>teilweise: die Werte decken die %1 s ab, die vor dem Ende des Laufs gemessen wurden</translation>
    </message>
    <message>
        <source> (%1 from its intervals)</source>
        <translation> (%1 aus seinen Intervallen)</translation>
    </message>
    <message>
        <source>the run does not say which server it measured</source>
        <translation>der Lauf sagt nicht, welchen Server er gemessen hat</translation>
    </message>
    <message>
        <source>its server &quot;%1&quot; is not a host[:port]</source>
        <translation>sein Server &quot;%1&quot; ist kein host[:port]</translation>
    </message>
    <message>
        <source>%1 %2 on %3 used %4 % of a core: the result may be the host&apos;s limit, not the network&apos;s</source>
        <translation>%1 %2 auf %3 nutzte %4 % eines Kerns: das Ergebnis kann die Grenze des Hosts sein, nicht die des Netzes</translation>
    </message>
    <message>
        <source>unknown engine &apos;%1&apos;</source>
        <translation>unbekannte Engine &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown protocol &apos;%1&apos;</source>
        <translation>unbekanntes Protokoll &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown direction &apos;%1&apos;</source>
        <translation>unbekannte Richtung &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos;</source>
        <translation>unbekannter Status &apos;%1&apos;</translation>
    </message>
    <message>
        <source>netperf has no bidirectional mode; use iperf3</source>
        <translation>netperf hat keinen bidirektionalen Modus; verwenden Sie iperf3</translation>
    </message>
    <message>
        <source>unknown netperf test &apos;%1&apos; (use one of %2)</source>
        <translation>unbekannter netperf-Test &apos;%1&apos; (verwenden Sie einen von %2)</translation>
    </message>
    <message>
        <source>netperf test %1 is a TCP test but UDP was asked for</source>
        <translation>netperf-Test %1 ist ein TCP-Test, aber UDP wurde verlangt</translation>
    </message>
    <message>
        <source>netperf test %1 has no reverse direction (TCP_MAERTS is the reverse of TCP_STREAM)</source>
        <translation>netperf-Test %1 hat keine Gegenrichtung (TCP_MAERTS ist die Umkehrung von TCP_STREAM)</translation>
    </message>
    <message>
        <source>netperf cannot limit the bitrate (its -w/-b pacing needs a build with --enable-intervals); use the iperf3 engine for --bitrate</source>
        <translation>netperf kann die Bitrate nicht begrenzen (seine -w/-b-Taktung braucht einen Build mit --enable-intervals); verwenden Sie die iperf3-Engine für --bitrate</translation>
    </message>
    <message>
        <source>netperf cannot omit the first seconds of a test; use --omit with iperf3 only</source>
        <translation>netperf kann die ersten Sekunden eines Tests nicht auslassen; verwenden Sie --omit nur mit iperf3</translation>
    </message>
    <message>
        <source>request/response sizes apply to the TCP_RR, TCP_CRR and UDP_RR tests only</source>
        <translation>Anfrage-/Antwortgrößen gelten nur für die Tests TCP_RR, TCP_CRR und UDP_RR</translation>
    </message>
    <message>
        <source>request/response size must be between 1 and %1 bytes (got %2)</source>
        <translation>die Anfrage-/Antwortgröße muss zwischen 1 und %1 Bytes liegen (erhalten %2)</translation>
    </message>
    <message>
        <source>confidence level must be 95 or 99 (or 0 for off), got %1</source>
        <translation>das Konfidenzniveau muss 95 oder 99 sein (oder 0 für aus), erhalten %1</translation>
    </message>
    <message>
        <source>confidence interval width must be between 0.1 and 50 % (got %1)</source>
        <translation>die Breite des Konfidenzintervalls muss zwischen 0,1 und 50 % liegen (erhalten %1)</translation>
    </message>
    <message>
        <source>confidence iterations need 1 &lt;= min &lt;= max &lt;= 30 (got min %1, max %2)</source>
        <translation>Konfidenz-Iterationen brauchen 1 &lt;= min &lt;= max &lt;= 30 (erhalten min %1, max %2)</translation>
    </message>
    <message>
        <source>duration must be between 0 and 86400 seconds (got %1)</source>
        <translation>die Dauer muss zwischen 0 und 86400 Sekunden liegen (erhalten %1)</translation>
    </message>
    <message>
        <source>the probe engine is not a test engine: use `perfdeck-cli qos` for probe traffic</source>
        <translation>die Probe-Engine ist keine Test-Engine: verwenden Sie `perfdeck-cli qos` für Probe-Verkehr</translation>
    </message>
    <message>
        <source>parallel streams must be between 1 and 128 (got %1)</source>
        <translation>parallele Streams müssen zwischen 1 und 128 liegen (erhalten %1)</translation>
    </message>
    <message>
        <source>interval must be between 0.1 and 60 seconds (got %1)</source>
        <translation>das Intervall muss zwischen 0,1 und 60 Sekunden liegen (erhalten %1)</translation>
    </message>
    <message>
        <source>omit must be between 0 and 600 seconds (got %1)</source>
        <translation>omit muss zwischen 0 und 600 Sekunden liegen (erhalten %1)</translation>
    </message>
    <message>
        <source>port must be between 1 and 65535 (got %1)</source>
        <translation>der Port muss zwischen 1 und 65535 liegen (erhalten %1)</translation>
    </message>
    <message>
        <source>instances must be between 1 and 128 (got %1)</source>
        <translation>Instanzen müssen zwischen 1 und 128 liegen (erhalten %1)</translation>
    </message>
    <message>
        <source>netperf streams run as instances: instances x parallel must be at most 128 (got %1)</source>
        <translation>netperf-Streams laufen als Instanzen: Instanzen x parallel darf höchstens 128 sein (erhalten %1)</translation>
    </message>
    <message>
        <source>affinity &apos;%1&apos; is not &apos;auto&apos; or a CPU list such as 0,2-3</source>
        <translation>Affinität &apos;%1&apos; ist weder &apos;auto&apos; noch eine CPU-Liste wie 0,2-3</translation>
    </message>
    <message>
        <source>repeat must be between 1 and 10000 (got %1)</source>
        <translation>repeat muss zwischen 1 und 10000 liegen (erhalten %1)</translation>
    </message>
    <message>
        <source>bitrate must not be negative</source>
        <translation>die Bitrate darf nicht negativ sein</translation>
    </message>
    <message>
        <source>bitrate %1 bit/s is above the largest rate Perfdeck passes on (%2 bit/s, i.e. 1000T)</source>
        <translation>Bitrate %1 bit/s liegt über der größten Rate, die Perfdeck weitergibt (%2 bit/s, d. h. 1000T)</translation>
    </message>
    <message>
        <source>burst must be between 1 and 1000000 packets</source>
        <translation>burst muss zwischen 1 und 1000000 Paketen liegen</translation>
    </message>
    <message>
        <source>unknown DSCP &apos;%1&apos; (use 0-63 or a name such as EF, AF41, CS1)</source>
        <translation>unbekanntes DSCP &apos;%1&apos; (verwenden Sie 0-63 oder einen Namen wie EF, AF41, CS1)</translation>
    </message>
    <message>
        <source>buffer length must be between 1 byte and 1 GiB</source>
        <translation>die Pufferlänge muss zwischen 1 Byte und 1 GiB liegen</translation>
    </message>
    <message>
        <source>window must be between 1 byte and 1 GiB</source>
        <translation>das Fenster muss zwischen 1 Byte und 1 GiB liegen</translation>
    </message>
    <message>
        <source>congestion algorithm &apos;%1&apos; must not start with &apos;-&apos;</source>
        <translation>Congestion-Algorithmus &apos;%1&apos; darf nicht mit &apos;-&apos; beginnen</translation>
    </message>
    <message>
        <source>congestion algorithm &apos;%1&apos; is not a valid name</source>
        <translation>Congestion-Algorithmus &apos;%1&apos; ist kein gültiger Name</translation>
    </message>
    <message>
        <source>host &apos;%1&apos; must not start with &apos;-&apos; (it would be read as an option)</source>
        <translation>Host &apos;%1&apos; darf nicht mit &apos;-&apos; beginnen (es würde als Option gelesen)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name or address</source>
        <translation>&apos;%1&apos; ist kein Host-Name und keine Adresse</translation>
    </message>
    <message>
        <source>the server is either started by Perfdeck on host &apos;%1&apos; or already running at &apos;%2&apos;, not both</source>
        <translation>der Server wird entweder von Perfdeck auf Host &apos;%1&apos; gestartet oder läuft bereits unter &apos;%2&apos;, nicht beides</translation>
    </message>
    <message>
        <source>%1: %2 is not a whole number from %3 to %4</source>
        <translation>%1: %2 ist keine ganze Zahl von %3 bis %4</translation>
    </message>
    <message>
        <source>host %1: no connection for resource sampling</source>
        <translation>Host %1: keine Verbindung für die Ressourcenmessung</translation>
    </message>
    <message>
        <source>host %1: resource sampling ended: %2</source>
        <translation>Host %1: Ressourcenmessung beendet: %2</translation>
    </message>
    <message>
        <source>no &quot;@snapshot UPTIME&quot; line in the sampler&apos;s output</source>
        <translation>keine Zeile &quot;@snapshot UPTIME&quot; in der Ausgabe des Samplers</translation>
    </message>
    <message>
        <source>streams: %1 is not a whole number from 1 to 128</source>
        <translation>streams: %1 ist keine ganze Zahl von 1 bis 128</translation>
    </message>
    <message>
        <source>direction: unknown direction &apos;%1&apos;</source>
        <translation>direction: unbekannte Richtung &apos;%1&apos;</translation>
    </message>
    <message>
        <source>turned off</source>
        <translation>ausgeschaltet</translation>
    </message>
    <message>
        <source>client and server are the same host</source>
        <translation>Client und Server sind derselbe Host</translation>
    </message>
    <message>
        <source>the plan has no client</source>
        <translation>der Plan hat keinen Client</translation>
    </message>
    <message>
        <source>the plan has no server</source>
        <translation>der Plan hat keinen Server</translation>
    </message>
    <message>
        <source>the plan has no test</source>
        <translation>der Plan hat keinen Test</translation>
    </message>
    <message>
        <source>%1 must be a map of field: value</source>
        <translation>%1 muss eine Map von Feld: Wert sein</translation>
    </message>
    <message>
        <source>cannot read the profile: %1</source>
        <translation>das Profil kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the profile is empty</source>
        <translation>das Profil ist leer</translation>
    </message>
    <message>
        <source>a profile is a map with name, description, extends, variables, defaults and tests</source>
        <translation>ein Profil ist eine Map mit name, description, extends, variables, defaults und tests</translation>
    </message>
    <message>
        <source>%1 must be text</source>
        <translation>%1 muss Text sein</translation>
    </message>
    <message>
        <source>extends: no profile &apos;%1&apos; (looked next to this file and in %2)</source>
        <translation>extends: kein Profil &apos;%1&apos; (gesucht neben dieser Datei und in %2)</translation>
    </message>
    <message>
        <source>extends: inheritance cycle %1</source>
        <translation>extends: Vererbungszyklus %1</translation>
    </message>
    <message>
        <source>concurrent must be true or false</source>
        <translation>concurrent muss true oder false sein</translation>
    </message>
    <message>
        <source>variables must be a map of NAME: value</source>
        <translation>variables muss eine Map von NAME: Wert sein</translation>
    </message>
    <message>
        <source>variable name &apos;%1&apos; must be letters, digits and _</source>
        <translation>Variablenname &apos;%1&apos; darf nur Buchstaben, Ziffern und _ enthalten</translation>
    </message>
    <message>
        <source>variable %1 must be a single value</source>
        <translation>Variable %1 muss ein einzelner Wert sein</translation>
    </message>
    <message>
        <source>tests must be a list of tests (each line starting with &apos;- &apos;)</source>
        <translation>tests muss eine Liste von Tests sein (jede Zeile beginnend mit &apos;- &apos;)</translation>
    </message>
    <message>
        <source>duplicate test name &apos;%1&apos; (first at line %2)</source>
        <translation>doppelter Testname &apos;%1&apos; (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>variables refer to each other in a loop (through %1)</source>
        <translation>Variablen verweisen in einer Schleife aufeinander (über %1)</translation>
    </message>
    <message>
        <source>undefined variable &apos;%1&apos; (define it under variables:, write ${%1:-default} or pass --set %1=VALUE)</source>
        <translation>undefinierte Variable &apos;%1&apos; (definieren Sie sie unter variables:, schreiben Sie ${%1:-default} oder übergeben Sie --set %1=VALUE)</translation>
    </message>
    <message>
        <source>${%1} makes the value longer than %2 characters (nested variables multiply their length); no field needs that</source>
        <translation>${%1} macht den Wert länger als %2 Zeichen (verschachtelte Variablen vervielfachen ihre Länge); kein Feld braucht das</translation>
    </message>
    <message>
        <source>the value is longer than %1 characters</source>
        <translation>der Wert ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>%1 must be a number (got &apos;%2&apos;)</source>
        <translation>%1 muss eine Zahl sein (erhalten &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>%1 must be a whole number (got &apos;%2&apos;)</source>
        <translation>%1 muss eine ganze Zahl sein (erhalten &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>%1 must be true or false (got &apos;%2&apos;)</source>
        <translation>%1 muss true oder false sein (erhalten &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>%1 must be a size such as 128K, 4M or 1460 (got &apos;%2&apos;)</source>
        <translation>%1 muss eine Größe wie 128K, 4M oder 1460 sein (erhalten &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>engine must be iperf3 or netperf (got &apos;%1&apos;)</source>
        <translation>engine muss iperf3 oder netperf sein (erhalten &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>protocol must be tcp or udp (got &apos;%1&apos;)</source>
        <translation>protocol muss tcp oder udp sein (erhalten &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>direction must be send, receive (or reverse) or bidir (got &apos;%1&apos;)</source>
        <translation>direction muss send, receive (oder reverse) oder bidir sein (erhalten &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>bitrate must be a rate such as 100M, 1.5G or 500k (got &apos;%1&apos;)</source>
        <translation>bitrate muss eine Rate wie 100M, 1.5G oder 500k sein (erhalten &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>affinity must be &apos;auto&apos; or a CPU list such as 0,2-3 (got &apos;%1&apos;)</source>
        <translation>affinity muss &apos;auto&apos; oder eine CPU-Liste wie 0,2-3 sein (erhalten &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>%1 must be at most 64M (got &apos;%2&apos;)</source>
        <translation>%1 darf höchstens 64M sein (erhalten &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>the profile has no tests (add a &apos;tests:&apos; list)</source>
        <translation>das Profil hat keine Tests (fügen Sie eine &apos;tests:&apos;-Liste hinzu)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a DSCP class (EF, AF11..AF43, CS0..CS7, VA, LE or 0-63)</source>
        <translation>&apos;%1&apos; ist keine DSCP-Klasse (EF, AF11..AF43, CS0..CS7, VA, LE oder 0-63)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the same code point as &apos;%2&apos; (%3)</source>
        <translation>&apos;%1&apos; ist derselbe Codepunkt wie &apos;%2&apos; (%3)</translation>
    </message>
    <message>
        <source>no classes given (e.g. EF,AF41,CS0)</source>
        <translation>keine Klassen angegeben (z. B. EF,AF41,CS0)</translation>
    </message>
    <message>
        <source>at most 64 classes at once</source>
        <translation>höchstens 64 Klassen gleichzeitig</translation>
    </message>
    <message>
        <source>more lines skipped</source>
        <translation>weitere Zeilen übersprungen</translation>
    </message>
    <message>
        <source>not a line of perfdeck-probe&apos;s output (%1): %2</source>
        <translation>keine Zeile der Ausgabe von perfdeck-probe (%1): %2</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>&quot;listening&quot; without a valid port: %1</source>
        <translation>&quot;listening&quot; ohne gültigen Port: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; without class, start_s or end_s: %2</source>
        <translation>&quot;%1&quot; ohne class, start_s oder end_s: %2</translation>
    </message>
    <message>
        <source>more than 64 classes</source>
        <translation>mehr als 64 Klassen</translation>
    </message>
    <message>
        <source>unknown line type &apos;%1&apos;</source>
        <translation>unbekannter Zeilentyp &apos;%1&apos;</translation>
    </message>
    <message>
        <source>nothing arrived</source>
        <translation>nichts angekommen</translation>
    </message>
    <message>
        <source>bleached to %1 (%2)</source>
        <translation>gebleicht zu %1 (%2)</translation>
    </message>
    <message>
        <source>remarked to %1 (%2)</source>
        <translation>ummarkiert zu %1 (%2)</translation>
    </message>
    <message>
        <source>cannot tell</source>
        <translation>nicht feststellbar</translation>
    </message>
    <message>
        <source>not shaped (confidence %1)</source>
        <translation>nicht geformt (Konfidenz %1)</translation>
    </message>
    <message>
        <source>shaped (%1): %2 sustained, burst %3 over %4 s, confidence %5</source>
        <translation>geformt (%1): %2 dauerhaft, Burst %3 über %4 s, Konfidenz %5</translation>
    </message>
    <message>
        <source>The run failed without intervals: nothing to analyse.</source>
        <translation>Der Lauf schlug ohne Intervalle fehl: nichts zu analysieren.</translation>
    </message>
    <message>
        <source>A UDP sender reports the rate it sent at, whatever the path did with it: run with --reverse (-R) so the receiver&apos;s series is analysed.</source>
        <translation>Ein UDP-Sender meldet die Rate, mit der er gesendet hat, egal was der Pfad damit tat: führen Sie mit --reverse (-R) aus, damit die Reihe des Empfängers analysiert wird.</translation>
    </message>
    <message>
        <source>Too few intervals (%1 usable of %2; at least %3 needed): run for 5 s or longer with -i 0.1.</source>
        <translation>Zu wenige Intervalle (%1 nutzbar von %2; mindestens %3 nötig): messen Sie 5 s oder länger mit -i 0.1.</translation>
    </message>
    <message>
        <source>Too few intervals in the second half of the run (%1; at least 5 needed): the intervals leave gaps.</source>
        <translation>Zu wenige Intervalle in der zweiten Hälfte des Laufs (%1; mindestens 5 nötig): die Intervalle haben Lücken.</translation>
    </message>
    <message>
        <source>No traffic in the second half of the run: nothing to tell a sustained rate from.</source>
        <translation>Kein Verkehr in der zweiten Hälfte des Laufs: nichts, wovon sich eine dauerhafte Rate abheben könnte.</translation>
    </message>
    <message>
        <source> Measured at the sender without a received total: the burst also holds what the sender&apos;s socket buffered (an upper bound); a --reverse run measures it at the receiver.</source>
        <translation> Beim Sender ohne empfangene Summe gemessen: der Burst enthält auch, was der Socket des Senders gepuffert hat (eine Obergrenze); ein --reverse-Lauf misst ihn beim Empfänger.</translation>
    </message>
    <message>
        <source> Measured at the sender: the %1 its socket still held at the end (sent minus received) was taken off the burst.</source>
        <translation> Beim Sender gemessen: die %1, die sein Socket am Ende noch hielt (gesendet minus empfangen), wurden vom Burst abgezogen.</translation>
    </message>
    <message>
        <source> Stalled intervals left out (the measuring process was not scheduled for a while: a loaded machine): %1.</source>
        <translation> Stockende Intervalle ausgelassen (der messende Prozess wurde eine Weile nicht eingeplant: ein ausgelasteter Rechner): %1.</translation>
    </message>
    <message>
        <source>No initial burst above the sustained %1 (burst/noise %2, %3 needed).</source>
        <translation>Kein anfänglicher Burst über den dauerhaften %1 (Burst/Rauschen %2, %3 nötig).</translation>
    </message>
    <message>
        <source>The start is only %1 faster than the sustained %2 (the rate itself varies by %3): no burst.</source>
        <translation>Der Start ist nur %1 schneller als die dauerhaften %2 (die Rate selbst schwankt um %3): kein Burst.</translation>
    </message>
    <message>
        <source>The rate still falls in the second half of the run: no sustained rate to measure a burst against (run longer).</source>
        <translation>Die Rate fällt in der zweiten Hälfte des Laufs noch: keine dauerhafte Rate, an der ein Burst gemessen werden kann (länger messen).</translation>
    </message>
    <message>
        <source>The rate fell from %1 to %2, but the second half is not held the way a token bucket holds it (its bytes wander %3 ms of traffic off the sustained rate; a bucket&apos;s stay within %4 ms), with neither drops nor a rising RTT: the path slowed down (CPU, cross traffic), no rate limit.</source>
        <translation>Die Rate fiel von %1 auf %2, aber die zweite Hälfte wird nicht so gehalten, wie ein Token-Bucket sie hält (ihre Bytes weichen %3 ms Verkehr von der dauerhaften Rate ab; die eines Buckets bleiben innerhalb von %4 ms), weder mit Verlusten noch steigender RTT: der Pfad wurde langsamer (CPU, Querverkehr), keine Ratenbegrenzung.</translation>
    </message>
    <message>
        <source> A token bucket smaller than about %1 cannot be told from a plain bottleneck in this run.</source>
        <translation> Ein Token-Bucket kleiner als etwa %1 ist in diesem Lauf nicht von einem einfachen Engpass zu unterscheiden.</translation>
    </message>
    <message>
        <source> The rate is held steady (within %1 ms of traffic): a bottleneck, or a rate limit without a visible bucket.</source>
        <translation> Die Rate wird konstant gehalten (innerhalb von %1 ms Verkehr): ein Engpass oder eine Ratenbegrenzung ohne sichtbaren Bucket.</translation>
    </message>
    <message>
        <source>%1 of the datagrams lost</source>
        <translation>%1 der Datagramme verloren</translation>
    </message>
    <message>
        <source>%1 of the packets retransmitted</source>
        <translation>%1 der Pakete erneut übertragen</translation>
    </message>
    <message>
        <source>no drop counts; the rate varies by %1 between intervals</source>
        <translation>keine Verlustzähler; die Rate schwankt um %1 zwischen Intervallen</translation>
    </message>
    <message>
        <source>no drop counts</source>
        <translation>keine Verlustzähler</translation>
    </message>
    <message>
        <source>, the second half within %1 ms of traffic of a steady rate</source>
        <translation>, die zweite Hälfte innerhalb von %1 ms Verkehr einer konstanten Rate</translation>
    </message>
    <message>
        <source>, RTT %1 -&gt; %2 ms</source>
        <translation>, RTT %1 -&gt; %2 ms</translation>
    </message>
    <message>
        <source>A token bucket: %1 above the sustained %2 in the first %3 s (peak %4, burst/noise %5).</source>
        <translation>Ein Token-Bucket: %1 über den dauerhaften %2 in den ersten %3 s (Spitze %4, Burst/Rauschen %5).</translation>
    </message>
    <message>
        <source> A policer: it drops what exceeds the rate (%1).</source>
        <translation> Ein Policer: er verwirft, was die Rate übersteigt (%1).</translation>
    </message>
    <message>
        <source> A shaper: it queues what exceeds the rate (%1).</source>
        <translation> Ein Shaper: er reiht ein, was die Rate übersteigt (%1).</translation>
    </message>
    <message>
        <source>no run &apos;%1&apos;</source>
        <translation>kein Lauf &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no group %1</source>
        <translation>keine Gruppe %1</translation>
    </message>
    <message>
        <source>no runs</source>
        <translation>keine Läufe</translation>
    </message>
    <message>
        <source>the run%1 measured no intervals</source>
        <translation>der Lauf%1 hat keine Intervalle gemessen</translation>
    </message>
    <message>
        <source>%1 over time: %2</source>
        <translation>%1 über die Zeit: %2</translation>
    </message>
    <message>
        <source>%1 over time, %2 runs</source>
        <translation>%1 über die Zeit, %2 Läufe</translation>
    </message>
    <message>
        <source>… and %1 more runs</source>
        <translation>… und %1 weitere Läufe</translation>
    </message>
    <message>
        <source>no run has a value for %1</source>
        <translation>kein Lauf hat einen Wert für %1</translation>
    </message>
    <message>
        <source>%1 per run (%2 runs)</source>
        <translation>%1 je Lauf (%2 Läufe)</translation>
    </message>
    <message>
        <source>baseline of group %1</source>
        <translation>Baseline der Gruppe %1</translation>
    </message>
    <message>
        <source>no values</source>
        <translation>keine Werte</translation>
    </message>
    <message>
        <source>no group %1 values</source>
        <translation>keine Werte der Gruppe %1</translation>
    </message>
    <message>
        <source>Distribution of %1 per run</source>
        <translation>Verteilung von %1 je Lauf</translation>
    </message>
    <message>
        <source>no run has latency percentiles</source>
        <translation>kein Lauf hat Latenz-Perzentile</translation>
    </message>
    <message>
        <source>Latency percentiles (µs)</source>
        <translation>Latenz-Perzentile (µs)</translation>
    </message>
    <message>
        <source>no run belongs to a test plan cell</source>
        <translation>kein Lauf gehört zu einer Testplan-Zelle</translation>
    </message>
    <message>
        <source>no test &apos;%1&apos; in the plan</source>
        <translation>kein Test &apos;%1&apos; im Plan</translation>
    </message>
    <message>
        <source>Forward/reverse asymmetry</source>
        <translation>Asymmetrie Hin-/Rückrichtung</translation>
    </message>
    <message>
        <source> by client and server</source>
        <translation> nach Client und Server</translation>
    </message>
    <message>
        <source>too small to draw</source>
        <translation>zu klein zum Zeichnen</translation>
    </message>
    <message>
        <source>0.5 (reverse faster)</source>
        <translation>0,5 (Rückrichtung schneller)</translation>
    </message>
    <message>
        <source>2 (forward faster)</source>
        <translation>2 (Hinrichtung schneller)</translation>
    </message>
    <message>
        <source>low to high</source>
        <translation>niedrig bis hoch</translation>
    </message>
    <message>
        <source>could not start painting the pages</source>
        <translation>das Zeichnen der Seiten konnte nicht beginnen</translation>
    </message>
    <message>
        <source>: the baseline has no runs</source>
        <translation>: die Baseline hat keine Läufe</translation>
    </message>
    <message>
        <source>Sample session</source>
        <translation>Beispielsitzung</translation>
    </message>
    <message>
        <source>Made-up runs to check templates against.</source>
        <translation>Erfundene Läufe, um Vorlagen daran zu prüfen.</translation>
    </message>
    <message>
        <source>unknown Python error</source>
        <translation>unbekannter Python-Fehler</translation>
    </message>
    <message>
        <source>cannot start the template engine (is python3-jinja2 installed?): </source>
        <translation>die Vorlagen-Engine kann nicht starten (ist python3-jinja2 installiert?): </translation>
    </message>
    <message>
        <source>cannot start the template engine: no render()</source>
        <translation>die Vorlagen-Engine kann nicht starten: kein render()</translation>
    </message>
    <message>
        <source>the template did not finish within %1 s and was stopped</source>
        <translation>die Vorlage wurde nicht innerhalb von %1 s fertig und wurde gestoppt</translation>
    </message>
    <message>
        <source>template file &apos;%1&apos; does not exist</source>
        <translation>Vorlagendatei &apos;%1&apos; existiert nicht</translation>
    </message>
    <message>
        <source>no template &apos;%1&apos; (not a file, and not in %2; templates: %3)</source>
        <translation>keine Vorlage &apos;%1&apos; (keine Datei und nicht in %2; Vorlagen: %3)</translation>
    </message>
    <message>
        <source>not gzip data</source>
        <translation>keine gzip-Daten</translation>
    </message>
    <message>
        <source>file too large</source>
        <translation>Datei zu groß</translation>
    </message>
    <message>
        <source>cannot initialise zlib</source>
        <translation>zlib kann nicht initialisiert werden</translation>
    </message>
    <message>
        <source>decompresses to more than %1 MiB, more than any flent file holds (a 1-hour rrul test is about 45 MB); not read further</source>
        <translation>entpackt zu mehr als %1 MiB, mehr als jede flent-Datei enthält (ein einstündiger rrul-Test hat etwa 45 MB); nicht weiter gelesen</translation>
    </message>
    <message>
        <source>the gzip data ends early, after %1 bytes decompressed (the file looks truncated: was flent interrupted, or the copy incomplete?)</source>
        <translation>die gzip-Daten enden früh, nach %1 entpackten Bytes (die Datei scheint abgeschnitten: wurde flent unterbrochen oder die Kopie nicht vollständig?)</translation>
    </message>
    <message>
        <source>corrupt gzip data (%1)</source>
        <translation>beschädigte gzip-Daten (%1)</translation>
    </message>
    <message>
        <source>cannot read as a flent .flent.gz file: </source>
        <translation>kann nicht als flent-.flent.gz-Datei gelesen werden: </translation>
    </message>
    <message>
        <source>the gzip content</source>
        <translation>der gzip-Inhalt</translation>
    </message>
    <message>
        <source>not a flent data file: %1 is not JSON (offset %2: %3)</source>
        <translation>keine flent-Datendatei: %1 ist kein JSON (Offset %2: %3)</translation>
    </message>
    <message>
        <source>not a flent data file: %1 is JSON without flent&apos;s &quot;metadata&quot;, &quot;x_values&quot; and &quot;results&quot; (its keys: %2)</source>
        <translation>keine flent-Datendatei: %1 ist JSON ohne flents &quot;metadata&quot;, &quot;x_values&quot; und &quot;results&quot; (seine Schlüssel: %2)</translation>
    </message>
    <message>
        <source>none, not an object</source>
        <translation>keine, kein Objekt</translation>
    </message>
    <message>
        <source>flent data format version %1 is newer than version %2, which Perfdeck reads (written by a newer flent than 2.x)</source>
        <translation>flent-Datenformat Version %1 ist neuer als Version %2, die Perfdeck liest (von einem neueren flent als 2.x geschrieben)</translation>
    </message>
    <message>
        <source>flent data format version %1 is older than version %2, which Perfdeck reads</source>
        <translation>flent-Datenformat Version %1 ist älter als Version %2, die Perfdeck liest</translation>
    </message>
    <message>
        <source>flent results series &apos;%1&apos; is not a list of values</source>
        <translation>flent-Ergebnisreihe &apos;%1&apos; ist keine Liste von Werten</translation>
    </message>
    <message>
        <source>flent test &apos;%1&apos; has no throughput series (series: %2); Perfdeck imports flent&apos;s throughput tests</source>
        <translation>flent-Test &apos;%1&apos; hat keine Durchsatzreihe (Reihen: %2); Perfdeck importiert die Durchsatztests von flent</translation>
    </message>
    <message>
        <source>series %1 have no units in the file; assumed Mbits/s (flent&apos;s unit for throughput)</source>
        <translation>Reihen %1 haben keine Einheiten in der Datei; Mbits/s angenommen (flents Einheit für Durchsatz)</translation>
    </message>
    <message>
        <source>flent test &apos;%1&apos; (flent %2), series &apos;%3&apos;</source>
        <translation>flent-Test &apos;%1&apos; (flent %2), Reihe &apos;%3&apos;</translation>
    </message>
    <message>
        <source>series &apos;%1&apos; has %2 values for %3 time points; the extra ones were ignored</source>
        <translation>Reihe &apos;%1&apos; hat %2 Werte für %3 Zeitpunkte; die überzähligen wurden ignoriert</translation>
    </message>
    <message>
        <source>flent recorded no data for series &apos;%1&apos; (its netperf failed; see FAILED_RUNNERS in the file)</source>
        <translation>flent hat keine Daten für Reihe &apos;%1&apos; aufgezeichnet (ihr netperf schlug fehl; siehe FAILED_RUNNERS in der Datei)</translation>
    </message>
    <message>
        <source>flent recorded no data for series &apos;%1&apos;</source>
        <translation>flent hat keine Daten für Reihe &apos;%1&apos; aufgezeichnet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2 Mbit/s but its %3 flows sum to %4</source>
        <translation>&apos;%1&apos; ist %2 Mbit/s, aber seine %3 Flows ergeben zusammen %4</translation>
    </message>
    <message>
        <source>flent test &apos;%1&apos; (flent %2): </source>
        <translation>flent-Test &apos;%1&apos; (flent %2): </translation>
    </message>
    <message>
        <source>%1 flows imported as group &apos;%2&apos; (%3 upload, %4 download, %5 latency)</source>
        <translation>%1 Flows als Gruppe &apos;%2&apos; importiert (%3 Upload, %4 Download, %5 Latenz)</translation>
    </message>
    <message>
        <source>imported as a netperf run</source>
        <translation>als netperf-Lauf importiert</translation>
    </message>
    <message>
        <source>; each flow&apos;s latency is &apos;%1&apos;</source>
        <translation>; die Latenz jedes Flows ist &apos;%1&apos;</translation>
    </message>
    <message>
        <source>; totals from the flows: %1</source>
        <translation>; Summen aus den Flows: %1</translation>
    </message>
    <message>
        <source> (as flent&apos;s own sums)</source>
        <translation> (wie flents eigene Summen)</translation>
    </message>
    <message>
        <source>; flent&apos;s computed series %1 not imported as runs</source>
        <translation>; flents berechnete Reihen %1 nicht als Läufe importiert</translation>
    </message>
    <message>
        <source>; series neither throughput nor latency, not imported: %1</source>
        <translation>; Reihen weder Durchsatz noch Latenz, nicht importiert: %1</translation>
    </message>
    <message>
        <source>flent&apos;s sums disagree with its flows: %1</source>
        <translation>flents Summen weichen von seinen Flows ab: %1</translation>
    </message>
    <message>
        <source>expected history:CLIENT..SERVER[:LAST_N], e.g. history:local..local:20 (IPv6 addresses in brackets: history:[::1]..[::1])</source>
        <translation>erwartet history:CLIENT..SERVER[:LAST_N], z. B. history:local..local:20 (IPv6-Adressen in Klammern: history:[::1]..[::1])</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: LAST_N &apos;%2&apos; must be a whole number of at least 2 runs; %3</source>
        <translation>&apos;%1&apos;: LAST_N &apos;%2&apos; muss eine ganze Zahl von mindestens 2 Läufen sein; %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>%1: is a folder, not a history database file</source>
        <translation>%1: ist ein Ordner, keine Verlaufsdatenbank-Datei</translation>
    </message>
    <message>
        <source>%1: cannot create the folder %2</source>
        <translation>%1: der Ordner %2 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: the Qt SQLite driver (QSQLITE) is not available; install libqt6sql6-sqlite</source>
        <translation>%1: der Qt-SQLite-Treiber (QSQLITE) ist nicht verfügbar; installieren Sie libqt6sql6-sqlite</translation>
    </message>
    <message>
        <source>cannot open</source>
        <translation>kann nicht öffnen</translation>
    </message>
    <message>
        <source>%1: not a usable history database (%2), and it could not be renamed aside; move it away or choose another file with --history-db</source>
        <translation>%1: keine brauchbare Verlaufsdatenbank (%2), und sie konnte nicht beiseite umbenannt werden; verschieben Sie sie oder wählen Sie mit --history-db eine andere Datei</translation>
    </message>
    <message>
        <source>%1: not a usable history database (%2); kept it as %3 and started a new one</source>
        <translation>%1: keine brauchbare Verlaufsdatenbank (%2); als %3 behalten und eine neue begonnen</translation>
    </message>
    <message>
        <source>cannot read</source>
        <translation>kann nicht lesen</translation>
    </message>
    <message>
        <source>cannot read the old runs</source>
        <translation>die alten Läufe können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot migrate run %1</source>
        <translation>Lauf %1 kann nicht migriert werden</translation>
    </message>
    <message numerus="yes">
        <source>%1: history migrated from schema 0 to %2 (%n run(s))</source>
        <translation>
            <numerusform>%1: Verlauf von Schema 0 auf %2 migriert (%n Lauf)</numerusform>
            <numerusform>%1: Verlauf von Schema 0 auf %2 migriert (%n Läufe)</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read the schema version</source>
        <translation>die Schemaversion kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: written by a newer Perfdeck (history schema %2; this one knows up to %3); use that version or another file with --history-db</source>
        <translation>%1: von einem neueren Perfdeck geschrieben (Verlaufsschema %2; dieses kennt bis %3); verwenden Sie jene Version oder mit --history-db eine andere Datei</translation>
    </message>
    <message>
        <source>%1: history migrated from schema %2 to %3</source>
        <translation>%1: Verlauf von Schema %2 auf %3 migriert</translation>
    </message>
    <message>
        <source>%1: the history database is not open</source>
        <translation>%1: die Verlaufsdatenbank ist nicht geöffnet</translation>
    </message>
    <message>
        <source>cannot store run %1</source>
        <translation>Lauf %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot list runs</source>
        <translation>Läufe können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>cannot read the trend</source>
        <translation>der Trend kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read run %1</source>
        <translation>Lauf %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: no run with id %2 in the history (see &apos;perfdeck-cli history list&apos;)</source>
        <translation>%1: kein Lauf mit der ID %2 im Verlauf (siehe &apos;perfdeck-cli history list&apos;)</translation>
    </message>
    <message>
        <source>%1: run %2: its stored document is damaged (%3)</source>
        <translation>%1: Lauf %2: sein gespeichertes Dokument ist beschädigt (%3)</translation>
    </message>
    <message>
        <source>cannot count runs</source>
        <translation>Läufe können nicht gezählt werden</translation>
    </message>
    <message>
        <source>cannot list pairs</source>
        <translation>Paare können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>; imported the %1 complete intervals as a partial run</source>
        <translation>; die %1 vollständigen Intervalle als teilweisen Lauf importiert</translation>
    </message>
    <message>
        <source> (%1 complete intervals could be kept with --salvage)</source>
        <translation> (%1 vollständige Intervalle könnten mit --salvage behalten werden)</translation>
    </message>
    <message>
        <source>no &quot;start&quot; event: not a complete iperf3 --json-stream output</source>
        <translation>kein &quot;start&quot;-Ereignis: keine vollständige iperf3---json-stream-Ausgabe</translation>
    </message>
    <message>
        <source>%1 line(s) were not JSON events and were skipped (the first is line %2)</source>
        <translation>%1 Zeile(n) waren keine JSON-Ereignisse und wurden übersprungen (die erste ist Zeile %2)</translation>
    </message>
    <message>
        <source>the stream stops before its &quot;end&quot; event</source>
        <translation>der Stream endet vor seinem &quot;end&quot;-Ereignis</translation>
    </message>
    <message>
        <source>%1 is more than the %2 read as %3 (%4); not imported</source>
        <translation>%1 ist mehr als die %2, die als %3 gelesen werden (%4); nicht importiert</translation>
    </message>
    <message>
        <source>unrecognised content: not an iperf3 JSON document (produce one with iperf3 -J or --json-stream), netperf output (its banner and result, -k or -o) nor a flent .flent.gz data file</source>
        <translation>unbekannter Inhalt: weder ein iperf3-JSON-Dokument (erzeugen Sie eines mit iperf3 -J oder --json-stream), noch netperf-Ausgabe (Banner und Ergebnis, -k oder -o), noch eine flent-.flent.gz-Datendatei</translation>
    </message>
    <message>
        <source>empty file (nothing to import: was the tool killed before it printed?)</source>
        <translation>leere Datei (nichts zu importieren: wurde das Werkzeug beendet, bevor es etwas ausgab?)</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht lesen: %1</translation>
    </message>
    <message>
        <source>the content</source>
        <translation>der Inhalt</translation>
    </message>
    <message>
        <source>a 5-minute rrul file is about 0.3 MB compressed</source>
        <translation>eine 5-minütige rrul-Datei hat komprimiert etwa 0,3 MB</translation>
    </message>
    <message>
        <source>a 10-minute -P 8 run is about 8 MB</source>
        <translation>ein 10-minütiger Lauf mit -P 8 hat etwa 8 MB</translation>
    </message>
    <message>
        <source>a 24-hour run with 1 s interim results is about 15 MB</source>
        <translation>ein 24-stündiger Lauf mit 1-s-Zwischenergebnissen hat etwa 15 MB</translation>
    </message>
    <message>
        <source>not a results document (top level is not an object)</source>
        <translation>kein Ergebnisdokument (die oberste Ebene ist kein Objekt)</translation>
    </message>
    <message>
        <source>results format &apos;%1&apos; is newer than this Perfdeck understands (%2); please upgrade</source>
        <translation>Ergebnisformat &apos;%1&apos; ist neuer, als dieses Perfdeck versteht (%2); bitte aktualisieren Sie</translation>
    </message>
    <message>
        <source>&quot;runs&quot; is missing or not an array</source>
        <translation>&quot;runs&quot; fehlt oder ist kein Array</translation>
    </message>
    <message>
        <source>runs[%1] is not an object</source>
        <translation>runs[%1] ist kein Objekt</translation>
    </message>
    <message>
        <source>mixes unlike runs: %1</source>
        <translation>mischt ungleiche Läufe: %1</translation>
    </message>
    <message>
        <source>no baseline run has a value for %1</source>
        <translation>kein Baseline-Lauf hat einen Wert für %1</translation>
    </message>
    <message>
        <source>%1: %2 (the file is damaged or not a session)</source>
        <translation>%1: %2 (die Datei ist beschädigt oder keine Sitzung)</translation>
    </message>
    <message>
        <source>not a Perfdeck session (&quot;format&quot; should be &quot;%1&quot;)</source>
        <translation>keine Perfdeck-Sitzung (&quot;format&quot; sollte &quot;%1&quot; sein)</translation>
    </message>
    <message>
        <source>the session was written by a newer Perfdeck (session version %1; this version reads up to %2): please upgrade</source>
        <translation>die Sitzung wurde von einem neueren Perfdeck geschrieben (Sitzungsversion %1; diese Version liest bis %2): bitte aktualisieren Sie</translation>
    </message>
    <message>
        <source>the session has no valid &quot;version&quot;</source>
        <translation>die Sitzung hat keine gültige &quot;version&quot;</translation>
    </message>
    <message>
        <source>%1–%2 s</source>
        <translation>%1–%2 s</translation>
    </message>
    <message>
        <source>throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>transactions/s</source>
        <translation>Transaktionen/s</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>no %1</source>
        <translation>kein %1</translation>
    </message>
    <message>
        <source>no intervals</source>
        <translation>keine Intervalle</translation>
    </message>
    <message>
        <source>unlike tests: %1 (selection vs baseline)</source>
        <translation>ungleiche Tests: %1 (Auswahl gegenüber Baseline)</translation>
    </message>
    <message>
        <source>the selection mixes unlike runs: %1</source>
        <translation>die Auswahl mischt ungleiche Läufe: %1</translation>
    </message>
    <message>
        <source>the baseline mixes unlike runs: %1</source>
        <translation>die Baseline mischt ungleiche Läufe: %1</translation>
    </message>
    <message>
        <source>cannot create directory %1</source>
        <translation>Verzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is this machine: its runs need no SSH</source>
        <translation>&apos;%1&apos; ist dieser Rechner: seine Läufe brauchen kein SSH</translation>
    </message>
    <message>
        <source>no such directory</source>
        <translation>kein solches Verzeichnis</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>the temporary file already exists</source>
        <translation>die temporäre Datei existiert bereits</translation>
    </message>
    <message>
        <source>no space left</source>
        <translation>kein Platz mehr</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot start SFTP: %1</source>
        <translation>SFTP kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot set the mode of %1: %2</source>
        <translation>die Rechte von %1 können nicht gesetzt werden: %2</translation>
    </message>
    <message>
        <source>cannot read %1: no such readable file</source>
        <translation>%1 kann nicht gelesen werden: keine solche lesbare Datei</translation>
    </message>
    <message>
        <source>the remote path &apos;%1&apos; names no file</source>
        <translation>der entfernte Pfad &apos;%1&apos; nennt keine Datei</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>keine Verbindung</translation>
    </message>
    <message>
        <source>connection closed</source>
        <translation>Verbindung geschlossen</translation>
    </message>
    <message>
        <source>mv failed</source>
        <translation>mv fehlgeschlagen</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2: %3</source>
        <translation>%1 kann nicht in %2 umbenannt werden: %3</translation>
    </message>
    <message>
        <source>not connected to %1</source>
        <translation>nicht mit %1 verbunden</translation>
    </message>
    <message>
        <source>connection to %1 closed</source>
        <translation>Verbindung zu %1 geschlossen</translation>
    </message>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation>%1 kann nicht aufgelöst werden: %2</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>keine Adresse</translation>
    </message>
    <message>
        <source>connect timed out</source>
        <translation>Zeitüberschreitung beim Verbinden</translation>
    </message>
    <message>
        <source>cannot connect to %1 port %2: %3</source>
        <translation>keine Verbindung zu %1 Port %2: %3</translation>
    </message>
    <message>
        <source>cannot create an SSH session</source>
        <translation>es kann keine SSH-Sitzung erzeugt werden</translation>
    </message>
    <message>
        <source>SSH handshake with %1 failed: %2</source>
        <translation>SSH-Handshake mit %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 sent no usable host key</source>
        <translation>%1 sandte keinen brauchbaren Host-Schlüssel</translation>
    </message>
    <message>
        <source>the host key of %1 (%2 %3) is marked @revoked in %4:%5</source>
        <translation>der Host-Schlüssel von %1 (%2 %3) ist in %4:%5 als @revoked markiert</translation>
    </message>
    <message>
        <source>HOST KEY CHANGED for %1: the server offers %2 %3, but %4:%5 holds %6. Someone may be intercepting the connection, or the host was reinstalled. If the change is expected, remove line %5 from %4 (ssh-keygen -R &apos;%1&apos; -f &apos;%4&apos;) and connect again.</source>
        <translation>HOST-SCHLÜSSEL GEÄNDERT für %1: der Server bietet %2 %3, aber %4:%5 enthält %6. Jemand könnte die Verbindung abfangen, oder der Host wurde neu installiert. Wenn die Änderung erwartet ist, entfernen Sie Zeile %5 aus %4 (ssh-keygen -R &apos;%1&apos; -f &apos;%4&apos;) und verbinden Sie erneut.</translation>
    </message>
    <message>
        <source>the host key of %1 is not known (%2 %3, not in %4); %5</source>
        <translation>der Host-Schlüssel von %1 ist unbekannt (%2 %3, nicht in %4); %5</translation>
    </message>
    <message>
        <source>the host key of %1 (%2 %3) was refused</source>
        <translation>der Host-Schlüssel von %1 (%2 %3) wurde abgelehnt</translation>
    </message>
    <message>
        <source>cannot save the host key of %1: %2</source>
        <translation>der Host-Schlüssel von %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>authentication with %1 failed: %2</source>
        <translation>Authentifizierung bei %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>authentication with %1 %2</source>
        <translation>Authentifizierung bei %1 %2</translation>
    </message>
    <message>
        <source>was cancelled</source>
        <translation>wurde abgebrochen</translation>
    </message>
    <message>
        <source>the server does not accept passwords</source>
        <translation>der Server akzeptiert keine Passwörter</translation>
    </message>
    <message>
        <source>the server does not accept public keys</source>
        <translation>der Server akzeptiert keine öffentlichen Schlüssel</translation>
    </message>
    <message>
        <source>authentication with %1 failed (%2; the server accepts: %3)</source>
        <translation>Authentifizierung bei %1 fehlgeschlagen (%2; der Server akzeptiert: %3)</translation>
    </message>
    <message>
        <source>no ssh-agent (SSH_AUTH_SOCK is not set)</source>
        <translation>kein ssh-agent (SSH_AUTH_SOCK ist nicht gesetzt)</translation>
    </message>
    <message>
        <source>cannot reach the ssh-agent at %1</source>
        <translation>der ssh-agent unter %1 ist nicht erreichbar</translation>
    </message>
    <message>
        <source>the ssh-agent did not list its keys</source>
        <translation>der ssh-agent hat seine Schlüssel nicht aufgelistet</translation>
    </message>
    <message>
        <source>the ssh-agent holds no keys</source>
        <translation>der ssh-agent enthält keine Schlüssel</translation>
    </message>
    <message>
        <source>the server refused the %1 key(s) of the ssh-agent</source>
        <translation>der Server lehnte die %1 Schlüssel des ssh-agent ab</translation>
    </message>
    <message>
        <source>no key file in ~/.ssh</source>
        <translation>keine Schlüsseldatei in ~/.ssh</translation>
    </message>
    <message>
        <source>key file %1 does not exist</source>
        <translation>Schlüsseldatei %1 existiert nicht</translation>
    </message>
    <message>
        <source>Passphrase for key %1</source>
        <translation>Passphrase für Schlüssel %1</translation>
    </message>
    <message>
        <source>no passphrase for %1</source>
        <translation>keine Passphrase für %1</translation>
    </message>
    <message>
        <source>wrong passphrase for %1</source>
        <translation>falsche Passphrase für %1</translation>
    </message>
    <message>
        <source>cannot read key %1 (%2)</source>
        <translation>Schlüssel %1 kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>the server refused key %1</source>
        <translation>der Server lehnte Schlüssel %1 ab</translation>
    </message>
    <message>
        <source>RSA keys need a server that accepts ssh-rsa signatures with this libssh2 (%1); use an ed25519 or ecdsa key</source>
        <translation>RSA-Schlüssel brauchen mit dieser libssh2 (%1) einen Server, der ssh-rsa-Signaturen akzeptiert; verwenden Sie einen ed25519- oder ecdsa-Schlüssel</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <source>no password given</source>
        <translation>kein Passwort angegeben</translation>
    </message>
    <message>
        <source>wrong password (3 attempts)</source>
        <translation>falsches Passwort (3 Versuche)</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>die Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <source>connection to %1 lost: %2</source>
        <translation>Verbindung zu %1 verloren: %2</translation>
    </message>
    <message>
        <source>command on %1 timed out</source>
        <translation>Zeitüberschreitung des Befehls auf %1</translation>
    </message>
    <message>
        <source>cannot open a channel</source>
        <translation>es kann kein Kanal geöffnet werden</translation>
    </message>
    <message>
        <source>cannot start the command</source>
        <translation>der Befehl kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>reading the output failed</source>
        <translation>das Lesen der Ausgabe schlug fehl</translation>
    </message>
    <message>
        <source>writing to the command failed</source>
        <translation>das Schreiben an den Befehl schlug fehl</translation>
    </message>
    <message>
        <source>%1 cannot reach %2 port %3: %4</source>
        <translation>%1 erreicht %2 Port %3 nicht: %4</translation>
    </message>
    <message>
        <source>socketpair failed</source>
        <translation>socketpair fehlgeschlagen</translation>
    </message>
    <message>
        <source>through jump host %1: %2</source>
        <translation>über Jump-Host %1: %2</translation>
    </message>
    <message>
        <source>jump host %1: %2</source>
        <translation>Jump-Host %1: %2</translation>
    </message>
    <message>
        <source>no connection to %1</source>
        <translation>keine Verbindung zu %1</translation>
    </message>
    <message>
        <source>cannot list the ports of %1: %2</source>
        <translation>die Ports von %1 können nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <source>exited with code %1 on %2</source>
        <translation>mit Code %1 auf %2 beendet</translation>
    </message>
    <message>
        <source>killed by signal %1 on %2</source>
        <translation>durch Signal %1 auf %2 beendet</translation>
    </message>
    <message>
        <source>killed by SIG%1 on %2</source>
        <translation>durch SIG%1 auf %2 beendet</translation>
    </message>
    <message>
        <source>ended without an exit status on %1</source>
        <translation>ohne Exit-Status auf %1 beendet</translation>
    </message>
    <message>
        <source>timed out on %1 (%2)</source>
        <translation>Zeitüberschreitung auf %1 (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is this machine, reached without SSH</source>
        <translation>&apos;%1&apos; ist dieser Rechner, ohne SSH erreicht</translation>
    </message>
    <message>
        <source>the jump hosts of &apos;%1&apos; loop</source>
        <translation>die Jump-Hosts von &apos;%1&apos; bilden eine Schleife</translation>
    </message>
    <message>
        <source>the jump host &apos;%1&apos; of &apos;%2&apos; is not in the inventory</source>
        <translation>der Jump-Host &apos;%1&apos; von &apos;%2&apos; ist nicht im Inventar</translation>
    </message>
    <message>
        <source>confidence %1 must be between 0 and 1 (e.g. 0.95)</source>
        <translation>Konfidenz %1 muss zwischen 0 und 1 liegen (z. B. 0.95)</translation>
    </message>
    <message>
        <source>outliers: %1 values are too few to call one an outlier (%2 or more are needed)</source>
        <translation>Ausreißer: %1 Werte sind zu wenige, um einen davon Ausreißer zu nennen (%2 oder mehr nötig)</translation>
    </message>
    <message>
        <source>one value: no spread, interval or test</source>
        <translation>ein Wert: keine Streuung, kein Intervall, kein Test</translation>
    </message>
    <message>
        <source>all values are equal</source>
        <translation>alle Werte sind gleich</translation>
    </message>
    <message>
        <source>confidence level %1 must be between 0 and 1 (e.g. 0.95)</source>
        <translation>Konfidenzniveau %1 muss zwischen 0 und 1 liegen (z. B. 0.95)</translation>
    </message>
    <message>
        <source>a confidence interval needs at least 2 values</source>
        <translation>ein Konfidenzintervall braucht mindestens 2 Werte</translation>
    </message>
    <message>
        <source>bootstrap distribution: </source>
        <translation>Bootstrap-Verteilung: </translation>
    </message>
    <message>
        <source>the BCa interval is undefined for this distribution</source>
        <translation>das BCa-Intervall ist für diese Verteilung undefiniert</translation>
    </message>
    <message>
        <source>a bootstrap interval needs at least 2 values</source>
        <translation>ein Bootstrap-Intervall braucht mindestens 2 Werte</translation>
    </message>
    <message>
        <source>too many values for the bootstrap (at most 2^32 - 1)</source>
        <translation>zu viele Werte für den Bootstrap (höchstens 2^32 - 1)</translation>
    </message>
    <message>
        <source>the bootstrap needs at least 2 resamples</source>
        <translation>der Bootstrap braucht mindestens 2 Resamples</translation>
    </message>
    <message>
        <source>value %1 (index %2) is %3; only finite numbers are accepted</source>
        <translation>Wert %1 (Index %2) ist %3; nur endliche Zahlen werden akzeptiert</translation>
    </message>
    <message>
        <source>percentile %1 is outside 0..100</source>
        <translation>Perzentil %1 liegt außerhalb von 0..100</translation>
    </message>
    <message>
        <source>a histogram needs at least one bin</source>
        <translation>ein Histogramm braucht mindestens eine Klasse</translation>
    </message>
    <message>
        <source>Jain&apos;s fairness index needs non-negative values</source>
        <translation>Jains Fairness-Index braucht nicht-negative Werte</translation>
    </message>
    <message>
        <source>Jain&apos;s fairness index is undefined when all values are 0</source>
        <translation>Jains Fairness-Index ist undefiniert, wenn alle Werte 0 sind</translation>
    </message>
    <message>
        <source>first sample: </source>
        <translation>erste Stichprobe: </translation>
    </message>
    <message>
        <source>second sample: </source>
        <translation>zweite Stichprobe: </translation>
    </message>
    <message>
        <source>each sample needs at least %1 values (got %2 and %3)</source>
        <translation>jede Stichprobe braucht mindestens %1 Werte (erhalten %2 und %3)</translation>
    </message>
    <message>
        <source>Shapiro-Wilk needs at least 3 values, got %1</source>
        <translation>Shapiro-Wilk braucht mindestens 3 Werte, erhalten %1</translation>
    </message>
    <message>
        <source>all values are equal (range zero); W = 1 by convention</source>
        <translation>alle Werte sind gleich (Spannweite null); W = 1 per Konvention</translation>
    </message>
    <message>
        <source>n &gt; 5000: Royston&apos;s p-value is not validated here</source>
        <translation>n &gt; 5000: Roystons p-Wert ist hier nicht validiert</translation>
    </message>
    <message>
        <source>D&apos;Agostino-Pearson needs at least 8 values, got %1</source>
        <translation>D&apos;Agostino-Pearson braucht mindestens 8 Werte, erhalten %1</translation>
    </message>
    <message>
        <source>all values are equal; K^2 = 0 by convention</source>
        <translation>alle Werte sind gleich; K^2 = 0 per Konvention</translation>
    </message>
    <message>
        <source>the kurtosis test is undefined for this sample</source>
        <translation>der Kurtosis-Test ist für diese Stichprobe undefiniert</translation>
    </message>
    <message>
        <source>n &lt; 20: the kurtosis approximation is rough</source>
        <translation>n &lt; 20: die Kurtosis-Näherung ist grob</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation>unbekanntes Feld &apos;%1&apos;</translation>
    </message>
    <message>
        <source> (known fields: %1)</source>
        <translation> (bekannte Felder: %1)</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht schreiben: %2</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1: cannot read: it is a directory</source>
        <translation>%1: kann nicht lesen: es ist ein Verzeichnis</translation>
    </message>
    <message>
        <source>%1: the file is too large (%2 MiB; at most %3 MiB are read)</source>
        <translation>%1: die Datei ist zu groß (%2 MiB; höchstens %3 MiB werden gelesen)</translation>
    </message>
    <message>
        <source>%1: the input is larger than %2 MiB (a device or an endless stream?); refusing to read more</source>
        <translation>%1: die Eingabe ist größer als %2 MiB (ein Gerät oder ein endloser Datenstrom?); es wird nicht weiter gelesen</translation>
    </message>
    <message>
        <source>cannot write: no file name given</source>
        <translation>kann nicht schreiben: kein Dateiname angegeben</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>Standardausgabe</translation>
    </message>
    <message>
        <source>%1: cannot write: it is a directory</source>
        <translation>%1: kann nicht schreiben: es ist ein Verzeichnis</translation>
    </message>
    <message>
        <source>%1: cannot write: %2 (in directory %3)</source>
        <translation>%1: kann nicht schreiben: %2 (im Verzeichnis %3)</translation>
    </message>
    <message>
        <source>%1: cannot write: %2 (the previous file is unchanged)</source>
        <translation>%1: kann nicht schreiben: %2 (die vorherige Datei ist unverändert)</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>kein Dateiname angegeben</translation>
    </message>
    <message>
        <source>%1: cannot write: directory %2 does not exist</source>
        <translation>%1: kann nicht schreiben: Verzeichnis %2 existiert nicht</translation>
    </message>
    <message>
        <source>%1: cannot write: %2 is not a directory</source>
        <translation>%1: kann nicht schreiben: %2 ist kein Verzeichnis</translation>
    </message>
    <message>
        <source>%1: cannot write in directory %2: %3</source>
        <translation>%1: kann nicht in Verzeichnis %2 schreiben: %3</translation>
    </message>
    <message>
        <source>expected ADDRESS:PORT, e.g. 127.0.0.1:9464</source>
        <translation>erwartet ADRESSE:PORT, z. B. 127.0.0.1:9464</translation>
    </message>
    <message>
        <source>write an IPv6 address in brackets, e.g. [::1]:9464</source>
        <translation>schreiben Sie eine IPv6-Adresse in Klammern, z. B. [::1]:9464</translation>
    </message>
    <message>
        <source>the port must be a number from 0 to 65535</source>
        <translation>der Port muss eine Zahl von 0 bis 65535 sein</translation>
    </message>
    <message>
        <source>an address cannot start with &apos;-&apos;</source>
        <translation>eine Adresse darf nicht mit &apos;-&apos; beginnen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address</source>
        <translation>&apos;%1&apos; ist keine IP-Adresse</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 antwortete nicht innerhalb von %2 s</translation>
    </message>
    <message>
        <source>Add host %1</source>
        <translation>Host %1 hinzufügen</translation>
    </message>
    <message>
        <source>Delete host %1</source>
        <translation>Host %1 löschen</translation>
    </message>
    <message>
        <source>Edit host %1</source>
        <translation>Host %1 bearbeiten</translation>
    </message>
    <message>
        <source>it is a ping series imported from flent; Perfdeck does not run ping</source>
        <translation>es ist eine aus flent importierte Ping-Reihe; Perfdeck führt kein Ping aus</translation>
    </message>
    <message>
        <source>ping is not a test engine: ping series are only imported (flent files); run iperf3 or netperf</source>
        <translation>ping ist keine Test-Engine: Ping-Reihen werden nur importiert (flent-Dateien); verwenden Sie iperf3 oder netperf</translation>
    </message>
    <message>
        <source>protocol must be tcp or udp (icmp is only imported ping series)</source>
        <translation>protocol muss tcp oder udp sein (icmp sind nur importierte Ping-Reihen)</translation>
    </message>
    <message>
        <source>on the server host %1: %2</source>
        <translation>auf dem Server-Host %1: %2</translation>
    </message>
    <message>
        <source>%1 has no --bidir (needs 3.7 or newer)</source>
        <translation>%1 hat kein --bidir (benötigt 3.7 oder neuer)</translation>
    </message>
    <message>
        <source>%1 has no --dscp (needs 3.1 or newer)</source>
        <translation>%1 hat kein --dscp (benötigt 3.1 oder neuer)</translation>
    </message>
    <message>
        <source>was killed by %1</source>
        <translation>wurde durch %1 beendet</translation>
    </message>
    <message>
        <source>cannot resolve the host name &apos;%1&apos;: %2</source>
        <translation>der Host-Name &apos;%1&apos; kann nicht aufgelöst werden: %2</translation>
    </message>
    <message>
        <source>it has no address</source>
        <translation>er hat keine Adresse</translation>
    </message>
    <message>
        <source>the test did not end: no end of test from the %1 at %2:%3 within the client&apos;s deadline of %4 s (did the link or the server go down?)</source>
        <translation>der Test endete nicht: kein Testende vom %1 auf %2:%3 innerhalb der Frist des Clients von %4 s (ist die Verbindung oder der Server ausgefallen?)</translation>
    </message>
    <message>
        <source>affinity must be &apos;auto&apos;, a CPU list such as 0,2-3 or a YAML list of CPUs such as [0, 1]</source>
        <translation>affinity muss &apos;auto&apos;, eine CPU-Liste wie 0,2-3 oder eine YAML-Liste von CPUs wie [0, 1] sein</translation>
    </message>
    <message>
        <source>no answer from %1 after SIGKILL: the connection is probably lost (the tool ends there by itself)</source>
        <translation>keine Antwort von %1 nach SIGKILL: die Verbindung ist wahrscheinlich verloren (das Werkzeug endet dort von selbst)</translation>
    </message>
    <message>
        <source>perfdeck-gate was not found (set PERFDECK_GATE or install it beside perfdeck or in ../libexec/perfdeck)</source>
        <translation>perfdeck-gate wurde nicht gefunden (setzen Sie PERFDECK_GATE oder installieren Sie es neben perfdeck oder in ../libexec/perfdeck)</translation>
    </message>
    <message>
        <source>variables file skipped: %1</source>
        <translation>Variablendatei übersprungen: %1</translation>
    </message>
    <message>
        <source>variables file skipped: </source>
        <translation>Variablendatei übersprungen: </translation>
    </message>
    <message>
        <source>Include skipped: %1</source>
        <translation>Include übersprungen: %1</translation>
    </message>
    <message>
        <source>InfluxDB line-protocol file: no file name given</source>
        <translation>InfluxDB-Line-Protocol-Datei: kein Dateiname angegeben</translation>
    </message>
    <message>
        <source>web dashboard address %1</source>
        <translation>Web-Dashboard-Adresse %1</translation>
    </message>
    <message>
        <source>web dashboard: HTTPS needs both a certificate and its key file</source>
        <translation>Web-Dashboard: HTTPS braucht ein Zertifikat und dessen Schlüsseldatei</translation>
    </message>
    <message>
        <source>sending iperf3</source>
        <translation>sendende iperf3</translation>
    </message>
    <message>
        <source>receiving iperf3</source>
        <translation>empfangende iperf3</translation>
    </message>
    <message>
        <source>The rate fell from %1 to %2 while the %3 used %4 % of a core: the sustained rate is this host&apos;s limit, not a token bucket&apos;s (a CPU-bound path slows down after its first second much as a bucket runs dry; a rate limit at or above the host&apos;s limit cannot be seen).</source>
        <translation>Die Rate fiel von %1 auf %2, während die %3 %4 % eines Kerns nutzte: die dauerhafte Rate ist die Grenze dieses Hosts, nicht die eines Token-Buckets (ein CPU-gebundener Pfad wird nach seiner ersten Sekunde ähnlich langsamer, wie ein Bucket leerläuft; eine Ratenbegrenzung auf oder über der Grenze des Hosts ist nicht zu sehen).</translation>
    </message>
    <message>
        <source>%1 streams got %2, one stream %3 (x%4)</source>
        <translation>%1 Streams erreichten %2, ein Stream %3 (x%4)</translation>
    </message>
    <message>
        <source>: several streams fill what one cannot, as under a policer that drops.</source>
        <translation>: mehrere Streams füllen, was einer nicht füllen kann, wie unter einem Policer, der verwirft.</translation>
    </message>
    <message>
        <source>: the aggregate is held at one rate, as by a shaper (or a plain bottleneck).</source>
        <translation>: die Summe wird auf einer Rate gehalten, wie von einem Shaper (oder einem einfachen Engpass).</translation>
    </message>
    <message>
        <source>: inconclusive.</source>
        <translation>: nicht eindeutig.</translation>
    </message>
    <message>
        <source>pattern &apos;%1&apos;: %2</source>
        <translation>Muster &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is above 1T (1 Tbit/s), the highest rate a pattern can ask for</source>
        <translation>&apos;%1&apos; liegt über 1T (1 Tbit/s), der höchsten Rate, die ein Muster verlangen kann</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a rate (e.g. 50M, 1.5G, 800k)</source>
        <translation>&apos;%1&apos; ist keine Rate (z. B. 50M, 1.5G, 800k)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration (e.g. 2s, 500ms, 1.5)</source>
        <translation>&apos;%1&apos; ist keine Dauer (z. B. 2s, 500ms, 1.5)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is shorter than 1 ms, the shortest time a pattern can pace</source>
        <translation>&apos;%1&apos; ist kürzer als 1 ms, die kürzeste Zeit, die ein Muster takten kann</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>constant takes one rate: constant:50M</source>
        <translation>constant nimmt eine Rate: constant:50M</translation>
    </message>
    <message>
        <source>on/off takes a rate, the on time and the off time: onoff:50M,1s,2s</source>
        <translation>onoff nimmt eine Rate, die Ein- und die Ausschaltdauer: onoff:50M,1s,2s</translation>
    </message>
    <message>
        <source>ramp takes FROM..TO/DURATION: ramp:10M..100M/10s</source>
        <translation>ramp nimmt VON..BIS/DAUER: ramp:10M..100M/10s</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs RATE/DURATION or FROM..TO/DURATION</source>
        <translation>&apos;%1&apos; braucht RATE/DAUER oder VON..BIS/DAUER</translation>
    </message>
    <message>
        <source>sine takes the mean rate, the amplitude and the period: sine:50M,20M,4s</source>
        <translation>sine nimmt die mittlere Rate, die Amplitude und die Periode: sine:50M,20M,4s</translation>
    </message>
    <message>
        <source>the amplitude (%1) must not exceed the mean rate (%2): a rate cannot go below 0</source>
        <translation>die Amplitude (%1) darf die mittlere Rate (%2) nicht übersteigen: eine Rate kann nicht unter 0 fallen</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; (constant, onoff, ramp, sine, steps)</source>
        <translation>unbekannte Art &apos;%1&apos; (constant, onoff, ramp, sine, steps)</translation>
    </message>
    <message>
        <source>more than %1 phases</source>
        <translation>mehr als %1 Phasen</translation>
    </message>
    <message>
        <source>one cycle lasts more than a day</source>
        <translation>ein Zyklus dauert länger als einen Tag</translation>
    </message>
    <message>
        <source>it never sends (every rate is 0)</source>
        <translation>es sendet nie (jede Rate ist 0)</translation>
    </message>
    <message>
        <source>unknown value &apos;%1&apos; (throughput, rtt or run)</source>
        <translation>unbekannter Wert &apos;%1&apos; (throughput, rtt oder run)</translation>
    </message>
    <message>
        <source>unknown value &apos;%1&apos; (throughput or rtt)</source>
        <translation>unbekannter Wert &apos;%1&apos; (throughput oder rtt)</translation>
    </message>
    <message>
        <source>unknown chart &apos;%1&apos; (charts: throughput, runs, boxplot, latency, cdf, histogram, matrix, heatmap, trend)</source>
        <translation>unbekanntes Diagramm &apos;%1&apos; (Diagramme: throughput, runs, boxplot, latency, cdf, histogram, matrix, heatmap, trend)</translation>
    </message>
    <message>
        <source>no picked run has per-interval RTT or latency percentiles</source>
        <translation>kein gewählter Lauf hat RTT oder Latenz-Perzentile je Intervall</translation>
    </message>
    <message>
        <source>no picked run measured intervals</source>
        <translation>kein gewählter Lauf hat Intervalle gemessen</translation>
    </message>
    <message>
        <source>CDF of per-interval %1: %2</source>
        <translation>CDF von %1 je Intervall: %2</translation>
    </message>
    <message>
        <source>CDF of per-interval %1, %2 runs</source>
        <translation>CDF von %1 je Intervall, %2 Läufe</translation>
    </message>
    <message>
        <source>Fraction of intervals</source>
        <translation>Anteil der Intervalle</translation>
    </message>
    <message>
        <source>%1 (percentiles)</source>
        <translation>%1 (Perzentile)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n intervals)</source>
        <translation>
            <numerusform>%1 (%n Intervall)</numerusform>
            <numerusform>%1 (%n Intervalle)</numerusform>
        </translation>
    </message>
    <message>
        <source>no picked run has a value</source>
        <translation>kein gewählter Lauf hat einen Wert</translation>
    </message>
    <message>
        <source>no picked run has per-interval RTT</source>
        <translation>kein gewählter Lauf hat RTT je Intervall</translation>
    </message>
    <message>
        <source>bins must be a whole number from 1 to 200</source>
        <translation>bins (Klassen) muss eine ganze Zahl von 1 bis 200 sein</translation>
    </message>
    <message>
        <source>%1 per run</source>
        <translation>%1 je Lauf</translation>
    </message>
    <message>
        <source>per-interval RTT</source>
        <translation>RTT je Intervall</translation>
    </message>
    <message>
        <source>per-interval transactions/s</source>
        <translation>Transaktionen/s je Intervall</translation>
    </message>
    <message>
        <source>per-interval throughput</source>
        <translation>Durchsatz je Intervall</translation>
    </message>
    <message numerus="yes">
        <source>Histogram of %1 (%n runs)</source>
        <translation>
            <numerusform>Histogramm von %1 (%n Lauf)</numerusform>
            <numerusform>Histogramm von %1 (%n Läufe)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Histogram of %1 (%2 intervals of %n runs)</source>
        <translation>
            <numerusform>Histogramm von %1 (%2 Intervalle aus %n Lauf)</numerusform>
            <numerusform>Histogramm von %1 (%2 Intervalle aus %n Läufen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Intervals</source>
        <translation>Intervalle</translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation>Mittel %1</translation>
    </message>
    <message>
        <source>the history database has no runs of this report&apos;s pairs</source>
        <translation>die Verlaufsdatenbank hat keine Läufe der Paare dieses Berichts</translation>
    </message>
    <message>
        <source>no pair %1 in the history (0 to %2)</source>
        <translation>kein Paar %1 im Verlauf (0 bis %2)</translation>
    </message>
    <message>
        <source>no series %1 in the history of pair %2 (0 to %3)</source>
        <translation>keine Reihe %1 im Verlauf von Paar %2 (0 bis %3)</translation>
    </message>
    <message>
        <source>the series has no runs</source>
        <translation>die Reihe hat keine Läufe</translation>
    </message>
    <message>
        <source>History of %1 → %2: %3</source>
        <translation>Verlauf von %1 → %2: %3</translation>
    </message>
    <message>
        <source>Stored runs, oldest first (%1 to %2)</source>
        <translation>Gespeicherte Läufe, älteste zuerst (%1 bis %2)</translation>
    </message>
    <message>
        <source>value of each run</source>
        <translation>Wert jedes Laufs</translation>
    </message>
    <message>
        <source>baseline band (%1 % CI)</source>
        <translation>Baseline-Band (%1 % KI)</translation>
    </message>
    <message numerus="yes">
        <source>regression (%n runs)</source>
        <translation>
            <numerusform>Regression (%n Lauf)</numerusform>
            <numerusform>Regression (%n Läufe)</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot start the template engine: %1</source>
        <translation>die Vorlagen-Engine kann nicht starten: %1</translation>
    </message>
    <message>
        <source>cannot store the check of %1</source>
        <translation>die Prüfung von %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot read the host checks</source>
        <translation>die Host-Prüfungen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>built with %1</source>
        <translation>gebaut mit %1</translation>
    </message>
    <message>
        <source>linked statically</source>
        <translation>statisch gelinkt</translation>
    </message>
    <message>
        <source>not found: install python3-jinja2 (reports need it)</source>
        <translation>nicht gefunden: installieren Sie python3-jinja2 (Berichte brauchen es)</translation>
    </message>
    <message>
        <source>netserver: %1</source>
        <translation>netserver: %1</translation>
    </message>
    <message>
        <source>no netserver beside it: local netperf tests cannot start</source>
        <translation>kein netserver daneben: lokale netperf-Tests können nicht starten</translation>
    </message>
    <message>
        <source>not found: runs with several instances cannot start</source>
        <translation>nicht gefunden: Läufe mit mehreren Instanzen können nicht starten</translation>
    </message>
    <message>
        <source>not found: QoS tests cannot start</source>
        <translation>nicht gefunden: QoS-Tests können nicht starten</translation>
    </message>
    <message>
        <source>Qt translations</source>
        <translation>Qt-Übersetzungen</translation>
    </message>
    <message>
        <source>not installed (qt6-translations-l10n): Qt&apos;s own buttons and dialogs stay in English</source>
        <translation>nicht installiert (qt6-translations-l10n): Schaltflächen und Dialoge von Qt selbst bleiben englisch</translation>
    </message>
    <message>
        <source>Build: %1</source>
        <translation>Build: %1</translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation>System: %1</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>found</source>
        <translation>gefunden</translation>
    </message>
    <message>
        <source>netperf cannot change its rate during a test: a pattern runs with iperf3 (TCP) or perfdeck-probe (UDP)</source>
        <translation>netperf kann seine Rate während eines Tests nicht ändern: ein Muster läuft mit iperf3 (TCP) oder perfdeck-probe (UDP)</translation>
    </message>
    <message>
        <source>a pattern sets the rate itself: give a pattern or a bitrate (and burst), not both</source>
        <translation>ein Muster setzt die Rate selbst: geben Sie ein Muster oder eine Bitrate (und Burst) an, nicht beides</translation>
    </message>
    <message>
        <source>a pattern runs in one direction: bidirectional is not possible</source>
        <translation>ein Muster läuft in einer Richtung: bidirektional ist nicht möglich</translation>
    </message>
    <message>
        <source>a pattern runs as one test: instances must be 1 (got %1)</source>
        <translation>ein Muster läuft als ein Test: Instanzen müssen 1 sein (erhalten %1)</translation>
    </message>
    <message>
        <source>a UDP pattern is one paced flow of perfdeck-probe: parallel streams must be 1 (got %1)</source>
        <translation>ein UDP-Muster ist ein getakteter Flow von perfdeck-probe: parallele Streams müssen 1 sein (erhalten %1)</translation>
    </message>
    <message>
        <source>a UDP pattern is sent by perfdeck-probe from the client: reverse is not possible (swap client and server instead)</source>
        <translation>ein UDP-Muster wird von perfdeck-probe beim Client gesendet: die Gegenrichtung ist nicht möglich (tauschen Sie stattdessen Client und Server)</translation>
    </message>
    <message>
        <source>a UDP pattern&apos;s datagram length must be 80-65507 bytes (got %1)</source>
        <translation>die Datagrammlänge eines UDP-Musters muss 80-65507 Bytes betragen (erhalten %1)</translation>
    </message>
    <message>
        <source>the pattern&apos;s peak needs %1 packets per second of %2 bytes; perfdeck-probe sends at most %3 (use a longer datagram length)</source>
        <translation>die Spitze des Musters braucht %1 Pakete pro Sekunde zu %2 Bytes; perfdeck-probe sendet höchstens %3 (verwenden Sie eine größere Datagrammlänge)</translation>
    </message>
    <message>
        <source>%1: requested %2, achieved %3</source>
        <translation>%1: verlangt %2, erreicht %3</translation>
    </message>
    <message>
        <source>, loss %1 (%2 datagrams)</source>
        <translation>, Verlust %1 (%2 Datagramme)</translation>
    </message>
    <message>
        <source>pattern &apos;%1&apos;: the TCP phase at %2 s lasts %3 s; TCP patterns run as a sequence of iperf3 tests, whose -t takes whole seconds (use whole seconds, or UDP for the probe&apos;s paced sender)</source>
        <translation>Muster &apos;%1&apos;: die TCP-Phase bei %2 s dauert %3 s; TCP-Muster laufen als Folge von iperf3-Tests, deren -t ganze Sekunden nimmt (verwenden Sie ganze Sekunden oder UDP für den getakteten Sender der Probe)</translation>
    </message>
    <message>
        <source> (iperf3 sends a UDP stream&apos;s set-up datagram once: it or its answer was lost on the way; start the test again)</source>
        <translation> (iperf3 sendet das Aufbau-Datagramm eines UDP-Streams nur einmal: es oder seine Antwort ging unterwegs verloren; starten Sie den Test erneut)</translation>
    </message>
    <message>
        <source> (the client ran with a memory limit of %1)</source>
        <translation> (der Client lief mit einer Speichergrenze von %1)</translation>
    </message>
    <message>
        <source>memory limit must be between 4 MiB and 16 TiB (got %1 bytes)</source>
        <translation>Die Speichergrenze muss zwischen 4 MiB und 16 TiB liegen (angegeben: %1 Byte)</translation>
    </message>
    <message>
        <source>cannot file the checks of %1 under %2</source>
        <translation>die Prüfungen von %1 können nicht unter %2 abgelegt werden</translation>
    </message>
    <message>
        <source>the peak rate (%1 + %2) is above 1T (1 Tbit/s), the highest rate a pattern can ask for</source>
        <translation>die Spitzenrate (%1 + %2) liegt über 1T (1 Tbit/s), der höchsten Rate, die ein Muster verlangen kann</translation>
    </message>
    <message>
        <source>more than %1 hosts; the rest of the inventory is not read</source>
        <translation>mehr als %1 Hosts; der Rest des Inventars wird nicht gelesen</translation>
    </message>
    <message>
        <source>host pattern &apos;%1&apos; names more than %2 hosts</source>
        <translation>das Host-Muster &apos;%1&apos; nennt mehr als %2 Hosts</translation>
    </message>
    <message>
        <source>RTT through the jump hosts is the round trip of an SSH command</source>
        <translation>RTT über die Jump-Hosts ist die Umlaufzeit eines SSH-Befehls</translation>
    </message>
    <message>
        <source>%1 (the server closed the connection)</source>
        <translation>%1 (der Server hat die Verbindung geschlossen)</translation>
    </message>
    <message>
        <source>%1 (no reply in time)</source>
        <translation>%1 (keine Antwort innerhalb der Zeit)</translation>
    </message>
    <message>
        <source>%1 (reading from the connection failed: %2)</source>
        <translation>%1 (Lesen von der Verbindung fehlgeschlagen: %2)</translation>
    </message>
    <message>
        <source>%1 (writing to the connection failed: %2)</source>
        <translation>%1 (Schreiben auf die Verbindung fehlgeschlagen: %2)</translation>
    </message>
    <message>
        <source>cannot start the command on %1: %2</source>
        <translation>der Befehl kann auf %1 nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>nothing could be sent for 3 s</source>
        <translation>es konnte 3 s lang nichts gesendet werden</translation>
    </message>
</context>
<context>
    <name>Perfdeck::AboutDialog</name>
    <message>
        <source>About Perfdeck</source>
        <translation>Über Perfdeck</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Perfdeck %1&lt;/h3&gt;&lt;p&gt;A workbench for measuring networks with iperf3 and netperf.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Perfdeck %1&lt;/h3&gt;&lt;p&gt;Eine Werkbank zum Messen von Netzen mit iperf3 und netperf.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Licence: none chosen yet; until one is, all rights are reserved.</source>
        <translation>Lizenz: noch keine gewählt; bis dahin sind alle Rechte vorbehalten.</translation>
    </message>
    <message>
        <source>Detecting the versions of Perfdeck&apos;s parts and tools…</source>
        <translation>Versionen der Teile und Werkzeuge von Perfdeck werden ermittelt…</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Where / note</source>
        <translation>Ort / Hinweis</translation>
    </message>
    <message>
        <source>&amp;Copy to Clipboard</source>
        <translation>In Zwischenablage &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy these versions as text, for a bug report</source>
        <translation>Diese Versionen als Text kopieren, für einen Fehlerbericht</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>found</source>
        <translation>gefunden</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>Detected at run time. Copy them into a bug report with the button below (or run: perfdeck-cli about).</source>
        <translation>Zur Laufzeit ermittelt. Kopieren Sie sie mit der Schaltfläche unten in einen Fehlerbericht (oder führen Sie aus: perfdeck-cli about).</translation>
    </message>
</context>
<context>
    <name>Perfdeck::Cli</name>
    <message>
        <source>the history is empty</source>
        <translation>der Verlauf ist leer</translation>
    </message>
    <message>
        <source>perfdeck-cli: no stored runs match in %1 (%2)
</source>
        <translation>perfdeck-cli: keine gespeicherten Läufe passen in %1 (%2)
</translation>
    </message>
    <message>
        <source>history show: &apos;%1&apos; is not a history id (the number in the first column of &apos;perfdeck-cli history list&apos;)</source>
        <translation>history show: &apos;%1&apos; ist keine Verlaufs-ID (die Zahl in der ersten Spalte von &apos;perfdeck-cli history list&apos;)</translation>
    </message>
    <message>
        <source>history run %1 (run id %2)
</source>
        <translation>Verlaufslauf %1 (Lauf-ID %2)
</translation>
    </message>
    <message>
        <source>(--json prints it as a results document)
</source>
        <translation>(--json gibt ihn als Ergebnisdokument aus)
</translation>
    </message>
    <message>
        <source>no ok runs of %1..%2 in %3 (%4)</source>
        <translation>keine erfolgreichen Läufe von %1..%2 in %3 (%4)</translation>
    </message>
    <message>
        <source>%1..%2: %3 kind(s) of test; each run against the %4 before it, %5 % confidence
</source>
        <translation>%1..%2: %3 Testart(en); jeder Lauf gegen die %4 davor, %5 % Konfidenz
</translation>
    </message>
    <message>
        <source>  (baseline: %1 earlier run(s))</source>
        <translation>  (Baseline: %1 frühere(r) Lauf/Läufe)</translation>
    </message>
    <message>
        <source>History database (default: $PERFDECK_HISTORY_DB, else ~/.local/share/perfdeck/history.sqlite).</source>
        <translation>Verlaufsdatenbank (Standard: $PERFDECK_HISTORY_DB, sonst ~/.local/share/perfdeck/history.sqlite).</translation>
    </message>
    <message>
        <source>The pair&apos;s client name.</source>
        <translation>Der Client-Name des Paars.</translation>
    </message>
    <message>
        <source>The pair&apos;s server name.</source>
        <translation>Der Server-Name des Paars.</translation>
    </message>
    <message>
        <source>iperf3 or netperf.</source>
        <translation>iperf3 oder netperf.</translation>
    </message>
    <message>
        <source>tcp or udp.</source>
        <translation>tcp oder udp.</translation>
    </message>
    <message>
        <source>Runs of this profile.</source>
        <translation>Läufe dieses Profils.</translation>
    </message>
    <message>
        <source>Runs with this tag.</source>
        <translation>Läufe mit diesem Tag.</translation>
    </message>
    <message>
        <source>Runs started on or after DATE.</source>
        <translation>Läufe, die an oder nach DATE begonnen haben.</translation>
    </message>
    <message>
        <source>Runs started on or before DATE.</source>
        <translation>Läufe, die an oder vor DATE begonnen haben.</translation>
    </message>
    <message>
        <source>list: at most N runs (default 50; 0: all).</source>
        <translation>list: höchstens N Läufe (Standard 50; 0: alle).</translation>
    </message>
    <message>
        <source>trend: baseline of each run = the N runs before it (default 10).</source>
        <translation>trend: Baseline jedes Laufs = die N Läufe davor (Standard 10).</translation>
    </message>
    <message>
        <source>trend: confidence level (default 0.95).</source>
        <translation>trend: Konfidenzniveau (Standard 0.95).</translation>
    </message>
    <message>
        <source>history needs an action: list, show ID or trend (see perfdeck-cli history --help)</source>
        <translation>history braucht eine Aktion: list, show ID oder trend (siehe perfdeck-cli history --help)</translation>
    </message>
    <message>
        <source>history: unknown action &apos;%1&apos; (list, show ID, trend)</source>
        <translation>history: unbekannte Aktion &apos;%1&apos; (list, show ID, trend)</translation>
    </message>
    <message>
        <source>history show needs one ID</source>
        <translation>history show braucht eine ID</translation>
    </message>
    <message>
        <source>history %1: unexpected argument &apos;%2&apos;</source>
        <translation>history %1: unerwartetes Argument &apos;%2&apos;</translation>
    </message>
    <message>
        <source>history trend needs --client A and --server B (the pair&apos;s names as &apos;history list&apos; shows them)</source>
        <translation>history trend braucht --client A und --server B (die Namen des Paars, wie &apos;history list&apos; sie zeigt)</translation>
    </message>
    <message>
        <source>History database the runs are stored in (default: $PERFDECK_HISTORY_DB, else ~/.local/share/perfdeck/history.sqlite).</source>
        <translation>Verlaufsdatenbank, in der die Läufe gespeichert werden (Standard: $PERFDECK_HISTORY_DB, sonst ~/.local/share/perfdeck/history.sqlite).</translation>
    </message>
    <message>
        <source>Do not store the runs in the history.</source>
        <translation>Die Läufe nicht im Verlauf speichern.</translation>
    </message>
    <message>
        <source>Tag the runs in the history (repeatable or comma-separated; `history list --tag T` finds them).</source>
        <translation>Die Läufe im Verlauf markieren (wiederholbar oder kommagetrennt; `history list --tag T` findet sie).</translation>
    </message>
    <message>
        <source>history not updated: %1</source>
        <translation>Verlauf nicht aktualisiert: %1</translation>
    </message>
    <message>
        <source> (%1 already there)</source>
        <translation> (%1 bereits vorhanden)</translation>
    </message>
    <message>
        <source>(this machine)</source>
        <translation>(dieser Rechner)</translation>
    </message>
    <message>
        <source>%1: nothing to install (%2)
</source>
        <translation>%1: nichts zu installieren (%2)
</translation>
    </message>
    <message>
        <source>would install</source>
        <translation>würde installieren</translation>
    </message>
    <message>
        <source>hosts import needs &apos;ssh-config [FILE]&apos; or &apos;ansible FILE&apos;</source>
        <translation>hosts import braucht &apos;ssh-config [FILE]&apos; oder &apos;ansible FILE&apos;</translation>
    </message>
    <message>
        <source>hosts import needs --out FILE (or --out - for stdout)</source>
        <translation>hosts import braucht --out FILE (oder --out - für stdout)</translation>
    </message>
    <message>
        <source>hosts import ansible takes one inventory FILE</source>
        <translation>hosts import ansible nimmt eine Inventar-FILE</translation>
    </message>
    <message>
        <source>hosts import ssh-config takes at most one FILE</source>
        <translation>hosts import ssh-config nimmt höchstens eine FILE</translation>
    </message>
    <message>
        <source>no hosts found in %1 (wildcard patterns are defaults, not hosts)</source>
        <translation>keine Hosts in %1 gefunden (Platzhaltermuster sind Standardwerte, keine Hosts)</translation>
    </message>
    <message>
        <source>Perfdeck host inventory imported from %1 (%2)</source>
        <translation>Perfdeck-Host-Inventar, importiert aus %1 (%2)</translation>
    </message>
    <message>
        <source>ssh config</source>
        <translation>SSH-Konfiguration</translation>
    </message>
    <message>
        <source>The inventory file.</source>
        <translation>Die Inventardatei.</translation>
    </message>
    <message>
        <source>list/check: JSON on stdout.</source>
        <translation>list/check: JSON auf stdout.</translation>
    </message>
    <message>
        <source>import: the inventory to write (&apos;-&apos;: stdout).</source>
        <translation>import: das zu schreibende Inventar (&apos;-&apos;: stdout).</translation>
    </message>
    <message>
        <source>check/deploy: known_hosts file for SSH host keys (default ~/.ssh/known_hosts).</source>
        <translation>check/deploy: known_hosts-Datei für SSH-Host-Schlüssel (Standard ~/.ssh/known_hosts).</translation>
    </message>
    <message>
        <source>check/deploy: accept and save the key of a host not yet in known_hosts (a changed key is always refused).</source>
        <translation>check/deploy: den Schlüssel eines Hosts, der noch nicht in known_hosts steht, akzeptieren und speichern (ein geänderter Schlüssel wird immer abgelehnt).</translation>
    </message>
    <message>
        <source>check/deploy: hosts handled at the same time (default 8 / 4).</source>
        <translation>check/deploy: gleichzeitig bearbeitete Hosts (Standard 8 / 4).</translation>
    </message>
    <message>
        <source>deploy: only this host (repeatable).</source>
        <translation>deploy: nur dieser Host (wiederholbar).</translation>
    </message>
    <message>
        <source>deploy: tools to install when missing (default iperf3,netperf), or probe (copies perfdeck-probe).</source>
        <translation>deploy: zu installierende Werkzeuge, wenn sie fehlen (Standard iperf3,netperf), oder probe (kopiert perfdeck-probe).</translation>
    </message>
    <message>
        <source>deploy: show what would run on each host, change nothing.</source>
        <translation>deploy: zeigen, was auf jedem Host laufen würde, nichts ändern.</translation>
    </message>
    <message>
        <source>deploy: a local file (a static helper binary) to copy over SFTP.</source>
        <translation>deploy: eine lokale Datei (ein statisches Hilfsprogramm), die per SFTP kopiert wird.</translation>
    </message>
    <message>
        <source>deploy: the remote path for --copy.</source>
        <translation>deploy: der entfernte Pfad für --copy.</translation>
    </message>
    <message>
        <source>check: seconds allowed for each step (default 5); deploy: for the SSH login (default 10).</source>
        <translation>check: erlaubte Sekunden je Schritt (Standard 5); deploy: für die SSH-Anmeldung (Standard 10).</translation>
    </message>
    <message>
        <source>hosts list takes no argument (use --hosts FILE)</source>
        <translation>hosts list nimmt kein Argument (verwenden Sie --hosts FILE)</translation>
    </message>
    <message>
        <source>, latency mean %1 ms</source>
        <translation>, Latenz-Mittel %1 ms</translation>
    </message>
    <message>
        <source>Converts iperf3 -J output, netperf output and flent .flent.gz files into a Perfdeck results document (format perfdeck.results/1). The format of each file is detected from its content.
Exit codes: 0 all files imported, 2 a file failed (the others are still written) or bad arguments.</source>
        <translation>Wandelt iperf3-J-Ausgaben, netperf-Ausgaben und flent-.flent.gz-Dateien in ein Perfdeck-Ergebnisdokument um (Format perfdeck.results/1). Das Format jeder Datei wird aus ihrem Inhalt erkannt.
Exit-Codes: 0 alle Dateien importiert, 2 eine Datei schlug fehl (die anderen werden trotzdem geschrieben) oder falsche Argumente.</translation>
    </message>
    <message>
        <source>Write the results document to &lt;file&gt; (required; - for standard output).</source>
        <translation>Das Ergebnisdokument nach &lt;file&gt; schreiben (erforderlich; - für die Standardausgabe).</translation>
    </message>
    <message>
        <source>Import the complete intervals of a truncated file as a partial run.</source>
        <translation>Die vollständigen Intervalle einer abgeschnittenen Datei als teilweisen Lauf importieren.</translation>
    </message>
    <message>
        <source>Files to import.</source>
        <translation>Zu importierende Dateien.</translation>
    </message>
    <message>
        <source>Usage: perfdeck-cli import</source>
        <translation>Aufruf: perfdeck-cli import</translation>
    </message>
    <message>
        <source>import: no input files (usage: perfdeck-cli import FILE... --json OUT)</source>
        <translation>import: keine Eingabedateien (Aufruf: perfdeck-cli import FILE... --json OUT)</translation>
    </message>
    <message>
        <source>import: --json OUT is required (where to write the results document)</source>
        <translation>import: --json OUT ist erforderlich (wohin das Ergebnisdokument geschrieben wird)</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>Standardausgabe</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>could not write to standard output: %1</source>
        <translation>in die Standardausgabe konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source> (name the inventory with --hosts FILE)</source>
        <translation> (nennen Sie das Inventar mit --hosts FILE)</translation>
    </message>
    <message>
        <source>if it is the right key, pass --accept-new-host-keys to accept and save it</source>
        <translation>wenn es der richtige Schlüssel ist, übergeben Sie --accept-new-host-keys, um ihn zu akzeptieren und zu speichern</translation>
    </message>
    <message>
        <source>plan: %1 client%2 x %3 server%4 x %5 test%6: %7 cells to run, %8 skipped; at most %9 at once%10
</source>
        <translation>Plan: %1 Client%2 x %3 Server%4 x %5 Test%6: %7 Zellen auszuführen, %8 übersprungen; höchstens %9 gleichzeitig%10
</translation>
    </message>
    <message>
        <source>, %1 per host</source>
        <translation>, %1 je Host</translation>
    </message>
    <message>
        <source> (some failed)</source>
        <translation> (einige schlugen fehl)</translation>
    </message>
    <message>
        <source>no profiles found (looked in: %1)</source>
        <translation>keine Profile gefunden (gesucht in: %1)</translation>
    </message>
    <message>
        <source>YAML test profiles.
  list            the profiles found, with description and number of tests
  show NAME|FILE  the tests after inheritance (extends) and variable substitution
  validate FILE   &apos;ok&apos; (exit 0), or FILE:LINE:COLUMN errors (exit 2)
Profiles are looked up in $PERFDECK_PROFILE_DIR, the installed share/perfdeck/profiles, then ~/.config/perfdeck/profiles (user profiles).</source>
        <translation>YAML-Testprofile.
  list            die gefundenen Profile, mit Beschreibung und Anzahl der Tests
  show NAME|FILE  die Tests nach Vererbung (extends) und Variablenersetzung
  validate FILE   &apos;ok&apos; (Exit 0) oder Fehler FILE:LINE:COLUMN (Exit 2)
Profile werden in $PERFDECK_PROFILE_DIR, dem installierten share/perfdeck/profiles und dann ~/.config/perfdeck/profiles (Benutzerprofile) gesucht.</translation>
    </message>
    <message>
        <source>show/validate: the ${HOST} to substitute (default: empty, the embedded 127.0.0.1 server).</source>
        <translation>show/validate: der einzusetzende ${HOST} (Standard: leer, der eingebettete 127.0.0.1-Server).</translation>
    </message>
    <message>
        <source>show/validate: set a profile variable, e.g. --set DURATION=5 (repeatable).</source>
        <translation>show/validate: eine Profilvariable setzen, z. B. --set DURATION=5 (wiederholbar).</translation>
    </message>
    <message>
        <source>list, show or validate</source>
        <translation>list, show oder validate</translation>
    </message>
    <message>
        <source>profile list takes no argument</source>
        <translation>profile list nimmt kein Argument</translation>
    </message>
    <message>
        <source>profile needs an action: list, show NAME or validate FILE</source>
        <translation>profile braucht eine Aktion: list, show NAME oder validate FILE</translation>
    </message>
    <message>
        <source>unknown profile action &apos;%1&apos; (use list, show or validate)</source>
        <translation>unbekannte profile-Aktion &apos;%1&apos; (verwenden Sie list, show oder validate)</translation>
    </message>
    <message>
        <source>profile %1 takes one NAME or FILE</source>
        <translation>profile %1 nimmt einen NAME oder eine FILE</translation>
    </message>
    <message>
        <source>no profile &apos;%1&apos; (not a file, and not found in: %2)</source>
        <translation>kein Profil &apos;%1&apos; (keine Datei und nicht gefunden in: %2)</translation>
    </message>
    <message>
        <source>(empty: the embedded server on 127.0.0.1)</source>
        <translation>(leer: der eingebettete Server auf 127.0.0.1)</translation>
    </message>
    <message>
        <source>Sends perfdeck-probe traffic marked with each DSCP class and reports, per class, the code point that arrived (kept, remarked to X, bleached to 0), loss, jitter and RTT. With no --target and no --hosts, the reflector runs on 127.0.0.1 (::1 with --ipv6).</source>
        <translation>Sendet perfdeck-probe-Verkehr, markiert mit jeder DSCP-Klasse, und meldet je Klasse den angekommenen Codepunkt (behalten, ummarkiert zu X, gebleicht zu 0), Verlust, Jitter und RTT. Ohne --target und ohne --hosts läuft der Reflektor auf 127.0.0.1 (::1 mit --ipv6).</translation>
    </message>
    <message>
        <source>A reflector already running there (perfdeck-probe reflect --port PORT).</source>
        <translation>Ein dort bereits laufender Reflektor (perfdeck-probe reflect --port PORT).</translation>
    </message>
    <message>
        <source>Host inventory (YAML).</source>
        <translation>Host-Inventar (YAML).</translation>
    </message>
    <message>
        <source>The host that sends (inventory name).</source>
        <translation>Der sendende Host (Inventarname).</translation>
    </message>
    <message>
        <source>The host that reflects (inventory name).</source>
        <translation>Der reflektierende Host (Inventarname).</translation>
    </message>
    <message>
        <source>Seconds of traffic (default 5).</source>
        <translation>Sekunden Verkehr (Standard 5).</translation>
    </message>
    <message>
        <source>Packets per second per class (default 100).</source>
        <translation>Pakete pro Sekunde je Klasse (Standard 100).</translation>
    </message>
    <message>
        <source>UDP payload bytes (80-65507, default 200).</source>
        <translation>UDP-Nutzdaten in Bytes (80-65507, Standard 200).</translation>
    </message>
    <message>
        <source>Seconds per interval (default 1).</source>
        <translation>Sekunden je Intervall (Standard 1).</translation>
    </message>
    <message>
        <source>The local reflector listens on ::1.</source>
        <translation>Der lokale Reflektor lauscht auf ::1.</translation>
    </message>
    <message>
        <source>Bulk TCP (iperf3) marked with this class between the same hosts in the middle of the test; says whether the higher classes were protected (needs --duration &gt;= 5).</source>
        <translation>Bulk-TCP (iperf3), mit dieser Klasse markiert, zwischen denselben Hosts in der Mitte des Tests; sagt, ob die höheren Klassen geschützt waren (braucht --duration &gt;= 5).</translation>
    </message>
    <message>
        <source>Parallel streams of the bulk test.</source>
        <translation>Parallele Streams des Bulk-Tests.</translation>
    </message>
    <message>
        <source>Print a results document instead of the table.</source>
        <translation>Ein Ergebnisdokument statt der Tabelle ausgeben.</translation>
    </message>
    <message>
        <source>Also save the results document there.</source>
        <translation>Das Ergebnisdokument zusätzlich dort speichern.</translation>
    </message>
    <message>
        <source>perfdeck-probe on SSH hosts (default .perfdeck/bin/perfdeck-probe, where hosts deploy --tools probe copies it).</source>
        <translation>perfdeck-probe auf SSH-Hosts (Standard .perfdeck/bin/perfdeck-probe, wohin hosts deploy --tools probe es kopiert).</translation>
    </message>
    <message>
        <source>known_hosts file for SSH hosts.</source>
        <translation>known_hosts-Datei für SSH-Hosts.</translation>
    </message>
    <message>
        <source>Accept and save the key of an SSH host seen for the first time.</source>
        <translation>Den Schlüssel eines erstmals gesehenen SSH-Hosts akzeptieren und speichern.</translation>
    </message>
    <message>
        <source>qos: --classes is required (e.g. --classes EF,AF41,CS0)</source>
        <translation>qos: --classes ist erforderlich (z. B. --classes EF,AF41,CS0)</translation>
    </message>
    <message>
        <source>qos: --%1 must be between %2 and %3 (got &apos;%4&apos;)</source>
        <translation>qos: --%1 muss zwischen %2 und %3 liegen (erhalten &apos;%4&apos;)</translation>
    </message>
    <message>
        <source>qos: --bulk: &apos;%1&apos; is not a DSCP class</source>
        <translation>qos: --bulk: &apos;%1&apos; ist keine DSCP-Klasse</translation>
    </message>
    <message>
        <source>qos: --bulk needs --duration of at least 5 s (a quiet baseline, the bulk test, a quiet end)</source>
        <translation>qos: --bulk braucht --duration von mindestens 5 s (eine ruhige Baseline, der Bulk-Test, ein ruhiges Ende)</translation>
    </message>
    <message>
        <source>qos: give either --target or --hosts/--clients/--servers</source>
        <translation>qos: geben Sie entweder --target oder --hosts/--clients/--servers an</translation>
    </message>
    <message>
        <source>qos: --target needs HOST:PORT (a reflector started with perfdeck-probe reflect --port PORT)</source>
        <translation>qos: --target braucht HOST:PORT (ein mit perfdeck-probe reflect --port PORT gestarteter Reflektor)</translation>
    </message>
    <message>
        <source>qos: name one sending host with --clients and one reflecting host with --servers</source>
        <translation>qos: nennen Sie einen sendenden Host mit --clients und einen reflektierenden Host mit --servers</translation>
    </message>
    <message>
        <source>Renders a report of a session or results file with a Jinja2 template.
The output&apos;s extension picks the format: .html, .md, .txt, .csv (the template&apos;s text)
or .pdf (an HTML template laid out on pages, charts drawn as vectors).
Templates are looked up in the user&apos;s template folder, then the shipped ones
(perfdeck-cli template list). Exit 2 on bad input or a template error (FILE:LINE).</source>
        <translation>Erzeugt einen Bericht aus einer Sitzungs- oder Ergebnisdatei mit einer Jinja2-Vorlage.
Die Endung der Ausgabe wählt das Format: .html, .md, .txt, .csv (der Text der Vorlage)
oder .pdf (eine HTML-Vorlage auf Seiten gesetzt, Diagramme als Vektoren gezeichnet).
Vorlagen werden im Vorlagenordner des Benutzers gesucht, dann in den mitgelieferten
(perfdeck-cli template list). Exit 2 bei falscher Eingabe oder einem Vorlagenfehler (FILE:LINE).</translation>
    </message>
    <message>
        <source>session or results file</source>
        <translation>Sitzungs- oder Ergebnisdatei</translation>
    </message>
    <message>
        <source>the report: .pdf, .html, .md, .txt, .csv (- writes the text to standard output)</source>
        <translation>der Bericht: .pdf, .html, .md, .txt, .csv (- schreibt den Text in die Standardausgabe)</translation>
    </message>
    <message>
        <source>compare with the runs of this file</source>
        <translation>mit den Läufen dieser Datei vergleichen</translation>
    </message>
    <message>
        <source>also write the template context as JSON (see docs/TEMPLATES.md)</source>
        <translation>auch den Vorlagenkontext als JSON schreiben (siehe docs/TEMPLATES.md)</translation>
    </message>
    <message>
        <source>confidence level (default 0.95)</source>
        <translation>Konfidenzniveau (Standard 0.95)</translation>
    </message>
    <message>
        <source>PDF page size: a4 or letter (default: from the locale)</source>
        <translation>PDF-Seitengröße: a4 oder letter (Standard: aus dem Gebietsschema)</translation>
    </message>
    <message>
        <source>seconds a template may render before it is stopped (default 10)</source>
        <translation>Sekunden, die eine Vorlage rendern darf, bevor sie gestoppt wird (Standard 10)</translation>
    </message>
    <message>
        <source>report needs exactly one session or results FILE (see perfdeck-cli report --help)</source>
        <translation>report braucht genau eine Sitzungs- oder Ergebnis-FILE (siehe perfdeck-cli report --help)</translation>
    </message>
    <message>
        <source>report needs --out FILE (or --context-json FILE)</source>
        <translation>report braucht --out FILE (oder --context-json FILE)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: unknown report format (use .pdf, .html, .md, .txt or .csv)</source>
        <translation>&apos;%1&apos;: unbekanntes Berichtsformat (verwenden Sie .pdf, .html, .md, .txt oder .csv)</translation>
    </message>
    <message>
        <source>
perfdeck-cli: stopping the test (press Ctrl-C again to kill it now)...
</source>
        <translation>
perfdeck-cli: der Test wird gestoppt (erneut Strg-C drücken, um ihn sofort zu beenden)...
</translation>
    </message>
    <message>
        <source>killed the running test on a second interrupt</source>
        <translation>den laufenden Test bei einer zweiten Unterbrechung beendet</translation>
    </message>
    <message>
        <source>%1 DSCP %2: %3 (probe flow of the class beside the test)
</source>
        <translation>%1 DSCP %2: %3 (Probe-Flow der Klasse neben dem Test)
</translation>
    </message>
    <message>
        <source>Serve Prometheus metrics at http://ADDR:PORT/metrics while the tests run (ADDR: 127.0.0.1 if omitted; port 0: a free one, printed).</source>
        <translation>Prometheus-Metriken unter http://ADDR:PORT/metrics bereitstellen, während die Tests laufen (ADDR: 127.0.0.1, wenn ausgelassen; Port 0: ein freier, wird ausgegeben).</translation>
    </message>
    <message>
        <source>Push the live figures to a StatsD daemon over UDP.</source>
        <translation>Die Live-Werte über UDP an einen StatsD-Daemon senden.</translation>
    </message>
    <message>
        <source>Append the live figures to FILE in InfluxDB line protocol.</source>
        <translation>Die Live-Werte im InfluxDB-Line-Protokoll an FILE anhängen.</translation>
    </message>
    <message>
        <source>Runs iperf3 tests. Without --target, Perfdeck starts its own iperf3 server on 127.0.0.1 on a free port. iperf3&apos;s short options (-c -t -P -R -u -b -i -O -l -w -C) are accepted too.
With --profile, every test of the profile runs in turn: --target becomes ${HOST} and every test&apos;s server, --set NAME=VALUE overrides a profile variable (e.g. --set DURATION=5), and any test option given explicitly (--duration, --parallel, --udp, --bitrate, --dscp, --repeat, ...) overrides that field in every test of the profile; the netperf options apply to its netperf tests only. &apos;perfdeck-cli profile list&apos; shows the profiles.</source>
        <translation>Führt iperf3-Tests aus. Ohne --target startet Perfdeck einen eigenen iperf3-Server auf 127.0.0.1 auf einem freien Port. Die Kurzoptionen von iperf3 (-c -t -P -R -u -b -i -O -l -w -C) werden ebenfalls akzeptiert.
Mit --profile läuft jeder Test des Profils nacheinander: --target wird zu ${HOST} und zum Server jedes Tests, --set NAME=VALUE überschreibt eine Profilvariable (z. B. --set DURATION=5), und jede ausdrücklich angegebene Testoption (--duration, --parallel, --udp, --bitrate, --dscp, --repeat, ...) überschreibt dieses Feld in jedem Test des Profils; die netperf-Optionen gelten nur für seine netperf-Tests. &apos;perfdeck-cli profile list&apos; zeigt die Profile.</translation>
    </message>
    <message>
        <source>Server to test against.</source>
        <translation>Server, gegen den getestet wird.</translation>
    </message>
    <message>
        <source>iperf3 (default) or netperf.</source>
        <translation>iperf3 (Standard) oder netperf.</translation>
    </message>
    <message>
        <source>Run the tests of a YAML profile (a name from &apos;profile list&apos;, or a file).</source>
        <translation>Die Tests eines YAML-Profils ausführen (ein Name aus &apos;profile list&apos; oder eine Datei).</translation>
    </message>
    <message>
        <source>With --profile: set a profile variable (repeatable).</source>
        <translation>Mit --profile: eine Profilvariable setzen (wiederholbar).</translation>
    </message>
    <message>
        <source>Test duration in seconds (default 10).</source>
        <translation>Testdauer in Sekunden (Standard 10).</translation>
    </message>
    <message>
        <source>Parallel streams, 1-128 (default 1).</source>
        <translation>Parallele Streams, 1-128 (Standard 1).</translation>
    </message>
    <message>
        <source>Server sends, client receives (-R).</source>
        <translation>Server sendet, Client empfängt (-R).</translation>
    </message>
    <message>
        <source>Both directions at once (--bidir).</source>
        <translation>Beide Richtungen gleichzeitig (--bidir).</translation>
    </message>
    <message>
        <source>UDP instead of TCP.</source>
        <translation>UDP statt TCP.</translation>
    </message>
    <message>
        <source>Target bitrate, e.g. 100M or 1G/32 (burst).</source>
        <translation>Ziel-Bitrate, z. B. 100M oder 1G/32 (Burst).</translation>
    </message>
    <message>
        <source>Seconds between reports (default 1).</source>
        <translation>Sekunden zwischen Berichten (Standard 1).</translation>
    </message>
    <message>
        <source>Omit the first S seconds (TCP slow start).</source>
        <translation>Die ersten S Sekunden auslassen (TCP Slow Start).</translation>
    </message>
    <message>
        <source>Buffer length, e.g. 128K.</source>
        <translation>Pufferlänge, z. B. 128K.</translation>
    </message>
    <message>
        <source>Socket buffer size, e.g. 4M.</source>
        <translation>Socket-Puffergröße, z. B. 4M.</translation>
    </message>
    <message>
        <source>TCP congestion algorithm, e.g. bbr.</source>
        <translation>TCP-Congestion-Algorithmus, z. B. bbr.</translation>
    </message>
    <message>
        <source>iperf3 &lt; 3.17 against a server Perfdeck did not start: follow the client&apos;s text output live (figures rounded to 3 digits).</source>
        <translation>iperf3 &lt; 3.17 gegen einen Server, den Perfdeck nicht gestartet hat: die Textausgabe des Clients live verfolgen (Werte auf 3 Stellen gerundet).</translation>
    </message>
    <message>
        <source>Include the server&apos;s output.</source>
        <translation>Die Ausgabe des Servers einschließen.</translation>
    </message>
    <message>
        <source>netperf test: TCP_STREAM, TCP_MAERTS, UDP_STREAM, TCP_RR, TCP_CRR, UDP_RR or OMNI (default: from --udp/--reverse).</source>
        <translation>netperf-Test: TCP_STREAM, TCP_MAERTS, UDP_STREAM, TCP_RR, TCP_CRR, UDP_RR oder OMNI (Standard: aus --udp/--reverse).</translation>
    </message>
    <message>
        <source>netperf _RR tests: request size in bytes (default 1).</source>
        <translation>netperf-_RR-Tests: Anfragegröße in Bytes (Standard 1).</translation>
    </message>
    <message>
        <source>netperf _RR tests: response size (default: the request size).</source>
        <translation>netperf-_RR-Tests: Antwortgröße (Standard: die Anfragegröße).</translation>
    </message>
    <message>
        <source>netperf -I: repeat the test until the result is within the width at this confidence, 95 or 99.</source>
        <translation>netperf -I: den Test wiederholen, bis das Ergebnis bei dieser Konfidenz, 95 oder 99, innerhalb der Breite liegt.</translation>
    </message>
    <message>
        <source>netperf -I: width of the confidence interval in percent (default 5, i.e. +/-2.5 %).</source>
        <translation>netperf -I: Breite des Konfidenzintervalls in Prozent (Standard 5, d. h. +/-2,5 %).</translation>
    </message>
    <message>
        <source>netperf -i: at most N iterations (default 10).</source>
        <translation>netperf -i: höchstens N Iterationen (Standard 10).</translation>
    </message>
    <message>
        <source>netperf -i: at least N iterations (default 3).</source>
        <translation>netperf -i: mindestens N Iterationen (Standard 3).</translation>
    </message>
    <message>
        <source>Path of the netperf binary.</source>
        <translation>Pfad des netperf-Programms.</translation>
    </message>
    <message>
        <source>Run up to N tests at the same time, each against its own server (default 1; a profile with &apos;concurrent: true&apos; runs all its tests at once).</source>
        <translation>Bis zu N Tests gleichzeitig ausführen, jeden gegen seinen eigenen Server (Standard 1; ein Profil mit &apos;concurrent: true&apos; führt alle seine Tests gleichzeitig aus).</translation>
    </message>
    <message>
        <source>Run the test N times (default 1).</source>
        <translation>Den Test N-mal ausführen (Standard 1).</translation>
    </message>
    <message>
        <source>Run N copies of each test at the same time, each against its own server, released together (default 1).</source>
        <translation>N Kopien jedes Tests gleichzeitig ausführen, jede gegen ihren eigenen Server, gemeinsam freigegeben (Standard 1).</translation>
    </message>
    <message>
        <source>Pin the clients to CPUs: &apos;auto&apos; (instance i on CPU i) or a list such as 0,2-3 that the instances take in turn.</source>
        <translation>Die Clients an CPUs binden: &apos;auto&apos; (Instanz i auf CPU i) oder eine Liste wie 0,2-3, die die Instanzen reihum nehmen.</translation>
    </message>
    <message>
        <source>Write the results document to FILE (- for standard output).</source>
        <translation>Das Ergebnisdokument nach FILE schreiben (- für die Standardausgabe).</translation>
    </message>
    <message>
        <source>Write one row per interval to FILE (- for standard output).</source>
        <translation>Eine Zeile je Intervall nach FILE schreiben (- für die Standardausgabe).</translation>
    </message>
    <message>
        <source>Append the runs to session FILE.</source>
        <translation>Die Läufe an die Sitzung FILE anhängen.</translation>
    </message>
    <message>
        <source>Path of the iperf3 binary.</source>
        <translation>Pfad des iperf3-Programms.</translation>
    </message>
    <message>
        <source>Keep each run&apos;s raw iperf3 output in DIR.</source>
        <translation>Die Rohausgabe von iperf3 jedes Laufs in DIR behalten.</translation>
    </message>
    <message>
        <source>No live progress on stderr.</source>
        <translation>Kein Live-Fortschritt auf stderr.</translation>
    </message>
    <message>
        <source>With --dscp: do not run a perfdeck-probe flow of the class beside the test (it reports the DSCP that arrived).</source>
        <translation>Mit --dscp: keinen perfdeck-probe-Flow der Klasse neben dem Test ausführen (er meldet das angekommene DSCP).</translation>
    </message>
    <message>
        <source>Host inventory (perfdeck.hosts/1 YAML) naming --clients and --servers.</source>
        <translation>Host-Inventar (perfdeck.hosts/1-YAML), das --clients und --servers benennt.</translation>
    </message>
    <message>
        <source>Run a test plan: every test from each of these hosts (comma-separated inventory names)...</source>
        <translation>Einen Testplan ausführen: jeden Test von jedem dieser Hosts (kommagetrennte Inventarnamen)...</translation>
    </message>
    <message>
        <source>...to each of these hosts (a host is not its own server).</source>
        <translation>...zu jedem dieser Hosts (ein Host ist nicht sein eigener Server).</translation>
    </message>
    <message>
        <source>known_hosts file that the SSH host keys of inventory hosts are checked against (default ~/.ssh/known_hosts).</source>
        <translation>known_hosts-Datei, gegen die die SSH-Host-Schlüssel der Inventar-Hosts geprüft werden (Standard ~/.ssh/known_hosts).</translation>
    </message>
    <message>
        <source>Accept the key of a host not yet in known_hosts and append it there (a changed key is always refused).</source>
        <translation>Den Schlüssel eines Hosts, der noch nicht in known_hosts steht, akzeptieren und dort anhängen (ein geänderter Schlüssel wird immer abgelehnt).</translation>
    </message>
    <message>
        <source>Test plan: at most N tests at the same time (default 1).</source>
        <translation>Testplan: höchstens N Tests gleichzeitig (Standard 1).</translation>
    </message>
    <message>
        <source>Test plan: a host takes part in at most N tests at once (default: no limit).</source>
        <translation>Testplan: ein Host nimmt an höchstens N Tests gleichzeitig teil (Standard: keine Grenze).</translation>
    </message>
    <message>
        <source>Write a report of the runs: .pdf, .html, .md, .txt or .csv (see perfdeck-cli report).</source>
        <translation>Einen Bericht der Läufe schreiben: .pdf, .html, .md, .txt oder .csv (siehe perfdeck-cli report).</translation>
    </message>
    <message>
        <source>The report&apos;s template NAME or FILE (default: summary).</source>
        <translation>Die Vorlage des Berichts, NAME oder FILE (Standard: summary).</translation>
    </message>
    <message>
        <source>The report compares the runs with this results or session file.</source>
        <translation>Der Bericht vergleicht die Läufe mit dieser Ergebnis- oder Sitzungsdatei.</translation>
    </message>
    <message>
        <source>profile %1 runs its %2 tests at the same time (concurrent: true), more than the %3 Perfdeck allows</source>
        <translation>Profil %1 führt seine %2 Tests gleichzeitig aus (concurrent: true), mehr als die %3, die Perfdeck erlaubt</translation>
    </message>
    <message>
        <source>a test plan needs both --clients and --servers</source>
        <translation>ein Testplan braucht sowohl --clients als auch --servers</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (see --help)</source>
        <translation>unerwartetes Argument &apos;%1&apos; (siehe --help)</translation>
    </message>
    <message>
        <source>perfdeck-cli run</source>
        <translation>perfdeck-cli run</translation>
    </message>
    <message>
        <source>perfdeck-cli run --profile %1</source>
        <translation>perfdeck-cli run --profile %1</translation>
    </message>
    <message>
        <source>, latency mean %1 µs, worst p99 %2 µs</source>
        <translation>, Latenz-Mittel %1 µs, schlechtestes p99 %2 µs</translation>
    </message>
    <message>
        <source>, start skew %1 ms</source>
        <translation>, Startversatz %1 ms</translation>
    </message>
    <message>
        <source>, start skew not measured</source>
        <translation>, Startversatz nicht gemessen</translation>
    </message>
    <message>
        <source>  per instance: </source>
        <translation>  je Instanz: </translation>
    </message>
    <message>
        <source>[%1/%2] %3/%4 s  (waiting for the result)
</source>
        <translation>[%1/%2] %3/%4 s  (warte auf das Ergebnis)
</translation>
    </message>
    <message>
        <source>: neither a results document, a session nor a file &apos;perfdeck-cli import&apos; reads</source>
        <translation>: weder ein Ergebnisdokument, noch eine Sitzung, noch eine Datei, die &apos;perfdeck-cli import&apos; liest</translation>
    </message>
    <message>
        <source>%1 (%2), %3 %4 %5, measured at the %6
</source>
        <translation>%1 (%2), %3 %4 %5, gemessen beim %6
</translation>
    </message>
    <message>
        <source>the runs to analyse</source>
        <translation>die zu analysierenden Läufe</translation>
    </message>
    <message>
        <source>only this run: its id or number (#3 or 3)</source>
        <translation>nur dieser Lauf: seine ID oder Nummer (#3 oder 3)</translation>
    </message>
    <message>
        <source>shaping needs exactly one FILE (see perfdeck-cli shaping --help)</source>
        <translation>shaping braucht genau eine FILE (siehe perfdeck-cli shaping --help)</translation>
    </message>
    <message>
        <source>%1: no runs to analyse</source>
        <translation>%1: keine Läufe zu analysieren</translation>
    </message>
    <message>
        <source>%1: no run &apos;%2&apos; (runs: %3%4)</source>
        <translation>%1: kein Lauf &apos;%2&apos; (Läufe: %3%4)</translation>
    </message>
    <message>
        <source>perfdeck-cli: note: %1: %2 skipped (status error%3)
</source>
        <translation>perfdeck-cli: Hinweis: %1: %2 übersprungen (Status error%3)
</translation>
    </message>
    <message>
        <source>perfdeck-cli: note: %1: %2 skipped (%3 is null)
</source>
        <translation>perfdeck-cli: Hinweis: %1: %2 übersprungen (%3 ist null)
</translation>
    </message>
    <message>
        <source>perfdeck-cli: note: %1: %2 is partial (stopped early%3); its value is used
</source>
        <translation>perfdeck-cli: Hinweis: %1: %2 ist teilweise (früh gestoppt%3); sein Wert wird verwendet
</translation>
    </message>
    <message>
        <source>%1: no run has a value for %2</source>
        <translation>%1: kein Lauf hat einen Wert für %2</translation>
    </message>
    <message>
        <source> (--metric can name: %1)</source>
        <translation> (--metric kann nennen: %1)</translation>
    </message>
    <message>
        <source>%1: no ok runs of %2..%3 in the history %4%5</source>
        <translation>%1: keine erfolgreichen Läufe von %2..%3 im Verlauf %4%5</translation>
    </message>
    <message>
        <source>%1:%2: &apos;%3&apos; is not a number</source>
        <translation>%1:%2: &apos;%3&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>%1:%2: &apos;%3&apos; is not a finite number</source>
        <translation>%1:%2: &apos;%3&apos; ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>%1: no numbers found (expected one number per line)</source>
        <translation>%1: keine Zahlen gefunden (erwartet eine Zahl pro Zeile)</translation>
    </message>
    <message>
        <source>%1 values from CSV</source>
        <translation>%1 Werte aus CSV</translation>
    </message>
    <message>
        <source>%1: a history pair is a baseline only (--baseline history:PAIR)</source>
        <translation>%1: ein Verlaufspaar ist nur eine Baseline (--baseline history:PAIR)</translation>
    </message>
    <message>
        <source>%1 over %2 streams (mean stream rates)</source>
        <translation>%1 über %2 Streams (mittlere Stream-Raten)</translation>
    </message>
    <message>
        <source>, mean of %1 runs</source>
        <translation>, Mittel von %1 Läufen</translation>
    </message>
    <message>
        <source>Jain fairness</source>
        <translation>Jain-Fairness</translation>
    </message>
    <message>
        <source>
against baseline %1 (%2)
</source>
        <translation>
gegen Baseline %1 (%2)
</translation>
    </message>
    <message>
        <source>change of the mean</source>
        <translation>Änderung des Mittelwerts</translation>
    </message>
    <message>
        <source>normal approximation</source>
        <translation>Normalapproximation</translation>
    </message>
    <message>
        <source> (significant at %1 % confidence)</source>
        <translation> (signifikant bei %1 % Konfidenz)</translation>
    </message>
    <message>
        <source> (no significant difference at %1 % confidence)</source>
        <translation> (kein signifikanter Unterschied bei %1 % Konfidenz)</translation>
    </message>
    <message>
        <source> - but the tests are not alike (see WARNING)</source>
        <translation> - aber die Tests sind nicht gleichartig (siehe WARNING)</translation>
    </message>
    <message>
        <source>Statistics of one value per run of a results document (summary.throughput_bps, or
transactions_per_s for latency tests) or of a CSV with one number per line.
With --baseline: Welch t-test, Mann-Whitney U and a verdict; exit 3 on a significant
regression. Exit 2 on bad input.</source>
        <translation>Statistik eines Werts je Lauf eines Ergebnisdokuments (summary.throughput_bps oder
transactions_per_s bei Latenztests) oder einer CSV mit einer Zahl pro Zeile.
Mit --baseline: Welch-t-Test, Mann-Whitney-U und ein Urteil; Exit 3 bei einer signifikanten
Regression. Exit 2 bei falscher Eingabe.</translation>
    </message>
    <message>
        <source>results document or CSV</source>
        <translation>Ergebnisdokument oder CSV</translation>
    </message>
    <message>
        <source>compare against this results document or CSV, or history:CLIENT..SERVER[:N]: the newest N (default 10) ok runs of that pair in the history like the runs of FILE</source>
        <translation>gegen dieses Ergebnisdokument oder diese CSV vergleichen, oder history:CLIENT..SERVER[:N]: die neuesten N (Standard 10) erfolgreichen Läufe dieses Paars im Verlauf, die den Läufen von FILE gleichen</translation>
    </message>
    <message>
        <source>history database of --baseline history:... (default: $PERFDECK_HISTORY_DB, else ~/.local/share/perfdeck/history.sqlite)</source>
        <translation>Verlaufsdatenbank von --baseline history:... (Standard: $PERFDECK_HISTORY_DB, sonst ~/.local/share/perfdeck/history.sqlite)</translation>
    </message>
    <message>
        <source>throughput | transactions | a summary field such as rtt_mean_us or latency_us.p99 (default: throughput, else transactions)</source>
        <translation>throughput | transactions | ein Zusammenfassungsfeld wie rtt_mean_us oder latency_us.p99 (Standard: throughput, sonst transactions)</translation>
    </message>
    <message>
        <source>higher | lower is better (default: lower for latency/rtt/jitter/loss/retransmit fields, else higher)</source>
        <translation>higher | lower ist besser (Standard: lower für Latenz-/RTT-/Jitter-/Verlust-/Retransmit-Felder, sonst higher)</translation>
    </message>
    <message>
        <source>bootstrap resamples (default 10000; 0: none)</source>
        <translation>Bootstrap-Resamples (Standard 10000; 0: keine)</translation>
    </message>
    <message>
        <source>stats needs exactly one FILE (see perfdeck-cli stats --help)</source>
        <translation>stats braucht genau eine FILE (siehe perfdeck-cli stats --help)</translation>
    </message>
    <message>
        <source>cannot compare %1 with %2: %3</source>
        <translation>%1 kann nicht mit %2 verglichen werden: %3</translation>
    </message>
    <message>
        <source>%1 mixes unlike runs: %2</source>
        <translation>%1 mischt ungleiche Läufe: %2</translation>
    </message>
    <message>
        <source>no templates found (looked in: %1)</source>
        <translation>keine Vorlagen gefunden (gesucht in: %1)</translation>
    </message>
    <message>
        <source>user (shadows shipped)</source>
        <translation>Benutzer (verdeckt mitgelieferte)</translation>
    </message>
    <message>
        <source>validate: render against the report context of this session or results file instead of the built-in sample</source>
        <translation>validate: gegen den Berichtskontext dieser Sitzungs- oder Ergebnisdatei statt des eingebauten Beispiels rendern</translation>
    </message>
    <message>
        <source>template list takes no argument</source>
        <translation>template list nimmt kein Argument</translation>
    </message>
    <message>
        <source>template needs an action: list, show NAME or validate FILE</source>
        <translation>template braucht eine Aktion: list, show NAME oder validate FILE</translation>
    </message>
    <message>
        <source>unknown template action &apos;%1&apos; (use list, show or validate)</source>
        <translation>unbekannte template-Aktion &apos;%1&apos; (verwenden Sie list, show oder validate)</translation>
    </message>
    <message>
        <source>template %1 takes one NAME or FILE</source>
        <translation>template %1 nimmt einen NAME oder eine FILE</translation>
    </message>
    <message>
        <source>--engine &apos;%1&apos; must be iperf3 or netperf</source>
        <translation>--engine &apos;%1&apos; muss iperf3 oder netperf sein</translation>
    </message>
    <message>
        <source>--protocol &apos;%1&apos; must be tcp or udp</source>
        <translation>--protocol &apos;%1&apos; muss tcp oder udp sein</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a date (2026-12-01, 2026-12-01T14:30, or ISO 8601 with a zone)</source>
        <translation>--%1 &apos;%2&apos; ist kein Datum (2026-12-01, 2026-12-01T14:30 oder ISO 8601 mit Zone)</translation>
    </message>
    <message>
        <source>--limit &apos;%1&apos; must be 0 or a positive whole number</source>
        <translation>--limit &apos;%1&apos; muss 0 oder eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <source>--window &apos;%1&apos; must be a whole number from 2 to 10000</source>
        <translation>--window &apos;%1&apos; muss eine ganze Zahl von 2 bis 10000 sein</translation>
    </message>
    <message>
        <source>--confidence &apos;%1&apos; must be a number between 0 and 1, e.g. 0.95</source>
        <translation>--confidence &apos;%1&apos; muss eine Zahl zwischen 0 und 1 sein, z. B. 0.95</translation>
    </message>
    <message>
        <source>perfdeck-cli: warning: %1
</source>
        <translation>perfdeck-cli: Warnung: %1
</translation>
    </message>
    <message>
        <source>--history-db needs a file name</source>
        <translation>--history-db braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>--hosts FILE is required (a perfdeck.hosts/1 inventory; &apos;perfdeck-cli hosts import&apos; writes one)</source>
        <translation>--hosts FILE ist erforderlich (ein perfdeck.hosts/1-Inventar; &apos;perfdeck-cli hosts import&apos; schreibt eines)</translation>
    </message>
    <message>
        <source>--max-parallel must be a whole number &gt;= 1</source>
        <translation>--max-parallel muss eine ganze Zahl &gt;= 1 sein</translation>
    </message>
    <message>
        <source>--timeout must be seconds between 0 and 600</source>
        <translation>--timeout muss Sekunden zwischen 0 und 600 angeben</translation>
    </message>
    <message>
        <source>checked %1: %2
</source>
        <translation>%1 geprüft: %2
</translation>
    </message>
    <message>
        <source>--tools probe copies perfdeck-probe over SFTP: deploy it on its own (then --tools iperf3,netperf)</source>
        <translation>--tools probe kopiert perfdeck-probe per SFTP: verteilen Sie es für sich (danach --tools iperf3,netperf)</translation>
    </message>
    <message>
        <source>--tools needs iperf3, netperf or both, or probe</source>
        <translation>--tools braucht iperf3, netperf oder beide, oder probe</translation>
    </message>
    <message>
        <source>--copy LOCAL and --to REMOTE_PATH go together</source>
        <translation>--copy LOCAL und --to REMOTE_PATH gehören zusammen</translation>
    </message>
    <message>
        <source>--copy %1: no such file</source>
        <translation>--copy %1: keine solche Datei</translation>
    </message>
    <message>
        <source>notice: %1
</source>
        <translation>Hinweis: %1
</translation>
    </message>
    <message>
        <source>%1: skipped (%2)
</source>
        <translation>%1: übersprungen (%2)
</translation>
    </message>
    <message>
        <source>--set &apos;%1&apos; is not NAME=VALUE</source>
        <translation>--set &apos;%1&apos; ist nicht NAME=VALUE</translation>
    </message>
    <message>
        <source>--confidence &apos;%1&apos; must be a number between 0 and 1</source>
        <translation>--confidence &apos;%1&apos; muss eine Zahl zwischen 0 und 1 sein</translation>
    </message>
    <message>
        <source>--time-limit &apos;%1&apos; must be seconds between 0 and 3600</source>
        <translation>--time-limit &apos;%1&apos; muss Sekunden zwischen 0 und 3600 angeben</translation>
    </message>
    <message>
        <source>--page-size &apos;%1&apos; must be a4 or letter</source>
        <translation>--page-size &apos;%1&apos; muss a4 oder letter sein</translation>
    </message>
    <message>
        <source>--%1 needs a value</source>
        <translation>--%1 braucht einen Wert</translation>
    </message>
    <message>
        <source>--target &apos;%1&apos; is not HOST, HOST:PORT or [IPv6]:PORT</source>
        <translation>--target &apos;%1&apos; ist nicht HOST, HOST:PORT oder [IPv6]:PORT</translation>
    </message>
    <message>
        <source>--target port %1 is out of range 1-65535</source>
        <translation>--target-Port %1 liegt außerhalb von 1-65535</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; must be a number from %3 to %4</source>
        <translation>--%1 &apos;%2&apos; muss eine Zahl von %3 bis %4 sein</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; must be a whole number</source>
        <translation>--%1 &apos;%2&apos; muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a size such as 64 or 1K</source>
        <translation>--%1 &apos;%2&apos; ist keine Größe wie 64 oder 1K</translation>
    </message>
    <message>
        <source>--engine must be iperf3 or netperf</source>
        <translation>--engine muss iperf3 oder netperf sein</translation>
    </message>
    <message>
        <source>--affinity &apos;%1&apos; is not &apos;auto&apos; or a CPU list such as 0,2-3</source>
        <translation>--affinity &apos;%1&apos; ist weder &apos;auto&apos; noch eine CPU-Liste wie 0,2-3</translation>
    </message>
    <message>
        <source>--bitrate &apos;%1&apos; is not a rate such as 100M, 1.5G or 500k</source>
        <translation>--bitrate &apos;%1&apos; ist keine Rate wie 100M, 1.5G oder 500k</translation>
    </message>
    <message>
        <source>--bitrate burst &apos;%1&apos; must be a packet count</source>
        <translation>--bitrate-Burst &apos;%1&apos; muss eine Paketanzahl sein</translation>
    </message>
    <message>
        <source>--length &apos;%1&apos; is not a size such as 128K</source>
        <translation>--length &apos;%1&apos; ist keine Größe wie 128K</translation>
    </message>
    <message>
        <source>--window &apos;%1&apos; is not a size such as 4M</source>
        <translation>--window &apos;%1&apos; ist keine Größe wie 4M</translation>
    </message>
    <message>
        <source>--%1 needs at least one host name</source>
        <translation>--%1 braucht mindestens einen Host-Namen</translation>
    </message>
    <message>
        <source>--hosts needs a file name</source>
        <translation>--hosts braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>--baseline &apos;%1&apos; is not a file</source>
        <translation>--baseline &apos;%1&apos; ist keine Datei</translation>
    </message>
    <message>
        <source>--%1 needs a file name (or - for standard output)</source>
        <translation>--%1 braucht einen Dateinamen (oder - für die Standardausgabe)</translation>
    </message>
    <message>
        <source>--session needs a file: a session is read before it is written, standard output cannot be</source>
        <translation>--session braucht eine Datei: eine Sitzung wird gelesen, bevor sie geschrieben wird; die Standardausgabe kann das nicht</translation>
    </message>
    <message>
        <source>, %1 skipped</source>
        <translation>, %1 übersprungen</translation>
    </message>
    <message>
        <source>--resamples &apos;%1&apos; must be 0 or at least 2</source>
        <translation>--resamples &apos;%1&apos; muss 0 oder mindestens 2 sein</translation>
    </message>
    <message>
        <source>--direction &apos;%1&apos; must be &apos;higher&apos; or &apos;lower&apos;</source>
        <translation>--direction &apos;%1&apos; muss &apos;higher&apos; oder &apos;lower&apos; sein</translation>
    </message>
    <message>
        <source>perfdeck-cli: warning: %1 against %2: %3
</source>
        <translation>perfdeck-cli: Warnung: %1 gegen %2: %3
</translation>
    </message>
    <message numerus="yes">
        <source>perfdeck-cli: history: stored %n run(s) in %1%2
</source>
        <translation>
            <numerusform>perfdeck-cli: Verlauf: %n Lauf in %1 gespeichert%2
</numerusform>
            <numerusform>perfdeck-cli: Verlauf: %n Läufe in %1 gespeichert%2
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) written to %1
</source>
        <translation>
            <numerusform>%n Host nach %1 geschrieben
</numerusform>
            <numerusform>%n Hosts nach %1 geschrieben
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>perfdeck-cli: wrote %n run(s) to %1%2
</source>
        <translation>
            <numerusform>perfdeck-cli: %n Lauf nach %1 geschrieben%2
</numerusform>
            <numerusform>perfdeck-cli: %n Läufe nach %1 geschrieben%2
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n file(s) failed)</source>
        <translation>
            <numerusform> (%n Datei fehlgeschlagen)</numerusform>
            <numerusform> (%n Dateien fehlgeschlagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: perfdeck-cli &lt;command&gt; [options]

Commands:
  run       run iperf3 or netperf tests (default: an embedded server on 127.0.0.1)
  import    convert iperf3 -J, netperf and flent output into a results document
  stats     statistics of a results document or a CSV, optionally against a baseline
  profile   list, show or validate YAML test profiles (run --profile NAME runs one)
  hosts     list, check or import the host inventory (ssh config, Ansible)
  report    render a report (PDF, HTML, Markdown, text, CSV) from a Jinja2 template
  template  list, show or validate report templates
  shaping   detect a token-bucket shaper or policer in a run&apos;s throughput series
  history   stored runs: list, show ID, trend of a client/server pair
  serve     web dashboard: live runs, log, start/stop from a browser, JSON API
  qos       send DSCP-marked probe traffic and report what arrived per class

Run &apos;perfdeck-cli &lt;command&gt; --help&apos; for the options of a command.
Exit codes: 0 ok, 1 test failure, 2 bad input, 3 significant regression.
</source>
        <translation>Aufruf: perfdeck-cli &lt;Befehl&gt; [Optionen]

Befehle:
  run       iperf3- oder netperf-Tests ausführen (Standard: ein eingebetteter Server auf 127.0.0.1)
  import    iperf3-J-, netperf- und flent-Ausgaben in ein Ergebnisdokument umwandeln
  stats     Statistik eines Ergebnisdokuments oder einer CSV, optional gegen eine Baseline
  profile   YAML-Testprofile auflisten, zeigen oder prüfen (run --profile NAME führt eines aus)
  hosts     das Host-Inventar auflisten, prüfen oder importieren (SSH-Konfiguration, Ansible)
  report    einen Bericht (PDF, HTML, Markdown, Text, CSV) aus einer Jinja2-Vorlage erzeugen
  template  Berichtsvorlagen auflisten, zeigen oder prüfen
  shaping   einen Token-Bucket-Shaper oder -Policer in der Durchsatzreihe eines Laufs erkennen
  history   gespeicherte Läufe: list, show ID, Trend eines Client/Server-Paars
  serve     Web-Dashboard: laufende Tests, Log, Start/Stopp im Browser, JSON-API
  qos       DSCP-markierten Probe-Verkehr senden und je Klasse melden, was ankam

&apos;perfdeck-cli &lt;Befehl&gt; --help&apos; zeigt die Optionen eines Befehls.
Exit-Codes: 0 ok, 1 Testfehler, 2 falsche Eingabe, 3 signifikante Regression.
</translation>
    </message>
    <message>
        <source>%1: no terminal to ask on; use ssh-agent or a key without a passphrase</source>
        <translation>%1: kein Terminal zum Nachfragen; verwenden Sie ssh-agent oder einen Schlüssel ohne Passphrase</translation>
    </message>
    <message>
        <source>Permission denied, please try again.
</source>
        <translation>Zugriff verweigert, bitte erneut versuchen.
</translation>
    </message>
    <message>
        <source>Plain progress lines even when stderr is a terminal (no dashboard).</source>
        <translation>Einfache Fortschrittszeilen, auch wenn stderr ein Terminal ist (kein Dashboard).</translation>
    </message>
    <message>
        <source>the measured runs were kept in %1 instead</source>
        <translation>die gemessenen Läufe wurden stattdessen in %1 behalten</translation>
    </message>
    <message>
        <source>the measured runs could not be kept anywhere (%1); the history database has them unless it failed too</source>
        <translation>die gemessenen Läufe konnten nirgends behalten werden (%1); die Verlaufsdatenbank hat sie, sofern sie nicht auch fehlschlug</translation>
    </message>
    <message>
        <source>Serves the live dashboard: running tests, their log, start and stop from a browser, and a JSON API (docs/WEB.md). Control needs the bearer token printed at start (or --token-file); without it the page can only watch, and only on loopback.</source>
        <translation>Stellt das Live-Dashboard bereit: laufende Tests, ihr Log, Start und Stopp im Browser und eine JSON-API (docs/WEB.md). Die Steuerung braucht das beim Start ausgegebene Bearer-Token (oder --token-file); ohne es kann die Seite nur zusehen, und nur auf Loopback.</translation>
    </message>
    <message>
        <source>Address and port (default 127.0.0.1:8080; port 0: a free one).</source>
        <translation>Adresse und Port (Standard 127.0.0.1:8080; Port 0: ein freier).</translation>
    </message>
    <message>
        <source>Read the bearer token from the first line of FILE instead of making one.</source>
        <translation>Das Bearer-Token aus der ersten Zeile von FILE lesen, statt eines zu erzeugen.</translation>
    </message>
    <message>
        <source>Serve HTTPS with this PEM certificate.</source>
        <translation>HTTPS mit diesem PEM-Zertifikat bereitstellen.</translation>
    </message>
    <message>
        <source>The PEM private key of --tls-cert.</source>
        <translation>Der private PEM-Schlüssel zu --tls-cert.</translation>
    </message>
    <message>
        <source>not on loopback: every request needs the token
</source>
        <translation>nicht auf Loopback: jede Anfrage braucht das Token
</translation>
    </message>
    <message>
        <source>Versions of Perfdeck and of what it runs with (as Help &gt; About shows them):
Qt, libssh2, yaml-cpp, Python, Jinja2, and the iperf3, netperf,
perfdeck-gate and perfdeck-probe programs found, with their paths.</source>
        <translation>Versionen von Perfdeck und dessen, womit es läuft (wie Hilfe &gt; Über Perfdeck sie zeigt):
Qt, libssh2, yaml-cpp, Python, Jinja2 und die gefundenen Programme iperf3, netperf,
perfdeck-gate und perfdeck-probe, mit ihren Pfaden.</translation>
    </message>
    <message>
        <source>print a JSON object (format perfdeck.about/1)</source>
        <translation>ein JSON-Objekt ausgeben (Format perfdeck.about/1)</translation>
    </message>
    <message>
        <source>about takes no arguments (got &apos;%1&apos;)</source>
        <translation>about nimmt keine Argumente (erhalten &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>history not updated: %1
</source>
        <translation>Verlauf nicht aktualisiert: %1
</translation>
    </message>
    <message>
        <source>--limit must be a whole number &gt;= 0 (0: all)</source>
        <translation>--limit muss eine ganze Zahl &gt;= 0 sein (0: alle)</translation>
    </message>
    <message>
        <source>hosts history reads the history database: drop --no-history</source>
        <translation>hosts history liest die Verlaufsdatenbank: lassen Sie --no-history weg</translation>
    </message>
    <message>
        <source>%1: no history database yet (hosts check files its checks there)</source>
        <translation>%1: noch keine Verlaufsdatenbank (hosts check legt seine Prüfungen dort ab)</translation>
    </message>
    <message>
        <source>%1: no host checks filed yet
</source>
        <translation>%1: noch keine Host-Prüfungen abgelegt
</translation>
    </message>
    <message>
        <source>%1: no checks filed for %2
</source>
        <translation>%1: keine Prüfungen für %2 abgelegt
</translation>
    </message>
    <message>
        <source>The host inventory (YAML, format perfdeck.hosts/1; see docs/ORCHESTRATION.md).
  list --hosts FILE [--json]            the hosts, with &apos;local&apos; (this machine)
  check --hosts FILE [NAME...] [--json] probe the hosts in parallel: TCP to the SSH
                                        port, SSH login, tools, disk, load; exit 1
                                        when a host is unusable; each check is
                                        filed in the history database
  history [NAME...] [--limit N] [--json] the filed checks, newest first
  import ssh-config [FILE] --out FILE   hosts of ~/.ssh/config (or FILE)
  import ansible FILE --out FILE        hosts of an Ansible inventory (INI or YAML)
  deploy --hosts FILE [--host NAME...]  install iperf3/netperf with the host&apos;s package
         [--tools iperf3,netperf]       manager (apt-get, dnf, zypper; sudo -n only),
         [--dry-run]                    the exact commands shown first; or copy a
         [--copy LOCAL --to PATH]       static binary over SFTP (atomic, mode 0755);
                                        --tools probe copies perfdeck-probe to
                                        .perfdeck/bin/ there (for qos --hosts)</source>
        <translation>Das Host-Inventar (YAML, Format perfdeck.hosts/1; siehe docs/ORCHESTRATION.md).
  list --hosts FILE [--json]            die Hosts, mit &apos;local&apos; (dieser Rechner)
  check --hosts FILE [NAME...] [--json] die Hosts parallel prüfen: TCP zum SSH-Port,
                                        SSH-Anmeldung, Werkzeuge, Platte, Last; Exit 1,
                                        wenn ein Host unbrauchbar ist; jede Prüfung
                                        wird in der Verlaufsdatenbank abgelegt
  history [NAME...] [--limit N] [--json] die abgelegten Prüfungen, neueste zuerst
  import ssh-config [FILE] --out FILE   Hosts aus ~/.ssh/config (oder FILE)
  import ansible FILE --out FILE        Hosts eines Ansible-Inventars (INI oder YAML)
  deploy --hosts FILE [--host NAME...]  iperf3/netperf mit dem Paketmanager des Hosts
         [--tools iperf3,netperf]       installieren (apt-get, dnf, zypper; nur sudo -n),
         [--dry-run]                    die genauen Befehle zuerst gezeigt; oder ein
         [--copy LOCAL --to PATH]       statisches Binary über SFTP kopieren (atomar,
                                        Modus 0755); --tools probe kopiert perfdeck-probe
                                        dorthin nach .perfdeck/bin/ (für qos --hosts)</translation>
    </message>
    <message>
        <source>check/history: the history database (default $PERFDECK_HISTORY_DB or ~/.local/share/perfdeck/history.sqlite).</source>
        <translation>check/history: die Verlaufsdatenbank (Standard $PERFDECK_HISTORY_DB oder ~/.local/share/perfdeck/history.sqlite).</translation>
    </message>
    <message>
        <source>check: do not file the checks in the history.</source>
        <translation>check: die Prüfungen nicht im Verlauf ablegen.</translation>
    </message>
    <message>
        <source>history: checks shown per host, newest first (default 20; 0: all).</source>
        <translation>history: gezeigte Prüfungen je Host, neueste zuerst (Standard 20; 0: alle).</translation>
    </message>
    <message>
        <source>list, check, history, import or deploy</source>
        <translation>list, check, history, import oder deploy</translation>
    </message>
    <message>
        <source>hosts needs an action: list, check, history, import or deploy</source>
        <translation>hosts braucht eine Aktion: list, check, history, import oder deploy</translation>
    </message>
    <message>
        <source>unknown hosts action &apos;%1&apos; (use list, check, history, import or deploy)</source>
        <translation>unbekannte hosts-Aktion &apos;%1&apos; (verwenden Sie list, check, history, import oder deploy)</translation>
    </message>
    <message>
        <source>  about     versions of Perfdeck, its libraries and the tools it found (bug reports)
</source>
        <translation>  about     Versionen von Perfdeck, seinen Bibliotheken und den gefundenen Werkzeugen (Fehlerberichte)
</translation>
    </message>
    <message>
        <source>The bulk test&apos;s iperf3 server, already running there (needed with --target; default: one started beside the reflector).</source>
        <translation>Der iperf3-Server des Bulk-Tests, dort bereits laufend (nötig mit --target; Standard: einer, der neben dem Reflektor gestartet wird).</translation>
    </message>
    <message>
        <source>qos: --bulk-target needs HOST:PORT (an iperf3 server running there)</source>
        <translation>qos: --bulk-target braucht HOST:PORT (ein dort laufender iperf3-Server)</translation>
    </message>
    <message>
        <source>qos: --bulk with --target needs --bulk-target HOST:PORT (an iperf3 server running there): nothing of ours runs on that host to start one</source>
        <translation>qos: --bulk mit --target braucht --bulk-target HOST:PORT (ein dort laufender iperf3-Server): auf jenem Host läuft nichts von uns, das einen starten könnte</translation>
    </message>
    <message>
        <source>qos: --bulk-target goes with --bulk CLASS</source>
        <translation>qos: --bulk-target gehört zu --bulk CLASS</translation>
    </message>
    <message>
        <source>history database whose trends of the runs&apos; pairs the report shows (default: $PERFDECK_HISTORY_DB, else ~/.local/share/perfdeck/history.sqlite)</source>
        <translation>Verlaufsdatenbank, deren Trends der Paare der Läufe der Bericht zeigt (Standard: $PERFDECK_HISTORY_DB, sonst ~/.local/share/perfdeck/history.sqlite)</translation>
    </message>
    <message>
        <source>do not read the history database</source>
        <translation>die Verlaufsdatenbank nicht lesen</translation>
    </message>
    <message>
        <source>perfdeck-cli: warning: the report has no history: %1
</source>
        <translation>perfdeck-cli: Warnung: der Bericht hat keinen Verlauf: %1
</translation>
    </message>
    <message>
        <source>%1 pattern %2: no phase holds a whole reporting interval (a shorter --interval measures shorter phases)
</source>
        <translation>%1 Muster %2: keine Phase enthält ein ganzes Berichtsintervall (ein kürzeres --interval misst kürzere Phasen)
</translation>
    </message>
    <message>
        <source>%1 pattern %2, requested and achieved rate per phase:
</source>
        <translation>%1 Muster %2, verlangte und erreichte Rate je Phase:
</translation>
    </message>
    <message>
        <source>Detects a token-bucket rate limit in a run&apos;s throughput series: the initial burst (bytes and duration above the sustained rate), the sustained rate, and whether it is a shaper (queues: the RTT rises, few drops) or a policer (drops: retransmits, loss). Best with -i 0.1 for 5 s or more, and with a --reverse run (the receiver&apos;s series); the shipped &apos;shaping&apos; profile runs such tests. Without --run, single-stream runs are also compared with multi-stream runs over the same path (several streams filling what one cannot: a policer). FILE is a results document, a session or an iperf3 -J file. Method and limits: docs/SHAPING.md.</source>
        <translation>Erkennt eine Token-Bucket-Ratenbegrenzung in der Durchsatzreihe eines Laufs: den anfänglichen Burst (Bytes und Dauer über der dauerhaften Rate), die dauerhafte Rate und ob es ein Shaper (reiht ein: die RTT steigt, wenige Verwürfe) oder ein Policer ist (verwirft: Neuübertragungen, Verlust). Am besten mit -i 0.1 für 5 s oder mehr und mit einem Lauf mit --reverse (die Reihe des Empfängers); das mitgelieferte Profil &apos;shaping&apos; führt solche Tests aus. Ohne --run werden Läufe mit einem Stream auch mit Läufen mit mehreren Streams über denselben Pfad verglichen (mehrere Streams, die füllen, was einer nicht füllen kann: ein Policer). FILE ist ein Ergebnisdokument, eine Sitzung oder eine Datei von iperf3 -J. Methode und Grenzen: docs/SHAPING.md.</translation>
    </message>
    <message>
        <source>print JSON: one object with --run, else {&quot;runs&quot;: [...], &quot;stream_comparisons&quot;: [...]}</source>
        <translation>JSON ausgeben: ein Objekt mit --run, sonst {&quot;runs&quot;: [...], &quot;stream_comparisons&quot;: [...]}</translation>
    </message>
    <message>
        <source>Start a test again up to N times, 1 s apart, when it failed before measuring anything for a passing reason (connection refused, server busy, port taken, a lost UDP set-up datagram; default 0, 2 with --hosts).</source>
        <translation>Einen Test bis zu N-mal im Abstand von 1 s neu starten, wenn er aus einem vorübergehenden Grund scheiterte, bevor er etwas gemessen hat (Verbindung abgewiesen, Server belegt, Port vergeben, ein verlorenes UDP-Aufbau-Datagramm; Standard 0, 2 mit --hosts).</translation>
    </message>
    <message>
        <source>Limit each client process&apos;s address space to SIZE, such as 512M or 2G (RLIMIT_AS; prlimit on remote hosts).</source>
        <translation>Begrenzt den Adressraum jedes Client-Prozesses auf GRÖSSE, etwa 512M oder 2G (RLIMIT_AS; prlimit auf entfernten Hosts).</translation>
    </message>
    <message>
        <source>--memory-limit &apos;%1&apos; is not a size such as 512M</source>
        <translation>--memory-limit „%1“ ist keine Größe wie 512M</translation>
    </message>
    <message>
        <source>Inventory whose hosts runs started from the web may name: as target (&quot;host&quot;, besides the embedded loopback server) and as client or server host (&quot;client_host&quot;, &quot;server_host&quot;: tools started there over SSH).</source>
        <translation>Inventar, dessen Hosts im Web gestartete Läufe nennen dürfen: als Ziel (&quot;host&quot;, neben dem eingebetteten Loopback-Server) und als Client- oder Server-Host (&quot;client_host&quot;, &quot;server_host&quot;: die Werkzeuge starten dort über SSH).</translation>
    </message>
    <message>
        <source>if it is the right key, serve with --accept-new-host-keys to accept and save it</source>
        <translation>wenn es der richtige Schlüssel ist, mit --accept-new-host-keys bereitstellen, um ihn anzunehmen und zu speichern</translation>
    </message>
</context>
<context>
    <name>Perfdeck::DashboardModel</name>
    <message>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>stoppt</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>%1 trans/s</source>
        <translation>%1 Trans./s</translation>
    </message>
    <message>
        <source>CPU –</source>
        <translation>CPU –</translation>
    </message>
    <message>
        <source>CPU client %1 · server %2</source>
        <translation>CPU Client %1 · Server %2</translation>
    </message>
    <message>
        <source>%1 / %2 s</source>
        <translation>%1 / %2 s</translation>
    </message>
</context>
<context>
    <name>Perfdeck::DashboardView</name>
    <message>
        <source>Pause display</source>
        <translation>Anzeige anhalten</translation>
    </message>
    <message>
        <source>Freeze the panes, graph and log; tests keep running (P)</source>
        <translation>Bereiche, Graph und Log einfrieren; die Tests laufen weiter (P)</translation>
    </message>
    <message>
        <source>Abort test</source>
        <translation>Test abbrechen</translation>
    </message>
    <message>
        <source>Stop the selected test; the others go on (Delete)</source>
        <translation>Den ausgewählten Test stoppen; die anderen laufen weiter (Entf)</translation>
    </message>
    <message>
        <source>Show a shorter time in the graph (+)</source>
        <translation>Kürzere Zeit im Graph zeigen (+)</translation>
    </message>
    <message>
        <source>Show a longer time in the graph (-)</source>
        <translation>Längere Zeit im Graph zeigen (-)</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Keep the graph at the present and the log at its end (F)</source>
        <translation>Graph bei der Gegenwart und Log an seinem Ende halten (F)</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Schnittstelle</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>All runs</source>
        <translation>Alle Läufe</translation>
    </message>
    <message>
        <source>All origins</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Log:</source>
        <translation>Log:</translation>
    </message>
    <message>
        <source>speed unknown</source>
        <translation>Geschwindigkeit unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%n test(s) running</source>
        <translation>
            <numerusform>%n Test läuft</numerusform>
            <numerusform>%n Tests laufen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Perfdeck::DscpCompanion</name>
    <message>
        <source>no DSCP probe: the server %1 was not started by Perfdeck</source>
        <translation>keine DSCP-Probe: der Server %1 wurde nicht von Perfdeck gestartet</translation>
    </message>
    <message>
        <source>DSCP probe: %1</source>
        <translation>DSCP-Probe: %1</translation>
    </message>
</context>
<context>
    <name>Perfdeck::ExportActions</name>
    <message>
        <source>Could not export the runs.
%1</source>
        <translation>Die Läufe konnten nicht exportiert werden.
%1</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>JSON results (*.json);;All files (*)</source>
        <translation>JSON-Ergebnisse (*.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Perfdeck::Exporters</name>
    <message>
        <source>metrics address %1</source>
        <translation>Metrik-Adresse %1</translation>
    </message>
    <message>
        <source>StatsD address %1</source>
        <translation>StatsD-Adresse %1</translation>
    </message>
    <message>
        <source>StatsD address &apos;%1&apos;: the port cannot be 0</source>
        <translation>StatsD-Adresse &apos;%1&apos;: der Port darf nicht 0 sein</translation>
    </message>
</context>
<context>
    <name>Perfdeck::HeatLegend</name>
    <message>
        <source>Colour scale: %1 (lowest cell) to %2 (highest cell)</source>
        <translation>Farbskala: %1 (niedrigste Zelle) bis %2 (höchste Zelle)</translation>
    </message>
    <message>
        <source>0.5: reverse faster</source>
        <translation>0,5: Rückrichtung schneller</translation>
    </message>
    <message>
        <source>2: forward faster</source>
        <translation>2: Hinrichtung schneller</translation>
    </message>
    <message>
        <source>Forward / reverse throughput of each pair; white is 1 (symmetric)</source>
        <translation>Durchsatz Hin / Rück je Paar; Weiß ist 1 (symmetrisch)</translation>
    </message>
</context>
<context>
    <name>Perfdeck::HistoryView</name>
    <message>
        <source>%1 trans/s</source>
        <translation>%1 Trans./s</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Any engine</source>
        <translation>Jede Engine</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Runs started on or after this day</source>
        <translation>Läufe, die an oder nach diesem Tag begonnen haben</translation>
    </message>
    <message>
        <source>Runs started on or before this day</source>
        <translation>Läufe, die an oder vor diesem Tag begonnen haben</translation>
    </message>
    <message>
        <source>The trend shows one kind of test at a time</source>
        <translation>Der Trend zeigt jeweils eine Testart</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Use as Baseline</source>
        <translation>Als Baseline verwenden</translation>
    </message>
    <message>
        <source>Compare the analysed runs with the selected history runs, or with the newest runs of the trend (Statistics panel)</source>
        <translation>Die analysierten Läufe mit den ausgewählten Verlaufsläufen oder den neuesten Läufen des Trends vergleichen (Statistikbereich)</translation>
    </message>
    <message>
        <source>Pair:</source>
        <translation>Paar:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>bis:</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Paar</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Trend of:</source>
        <translation>Trend von:</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Lese den Verlauf…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n run(s) stored</source>
        <translation>
            <numerusform>%1: %n Lauf gespeichert</numerusform>
            <numerusform>%1: %n Läufe gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>; the newest %1 are listed</source>
        <translation>; die neuesten %1 sind aufgelistet</translation>
    </message>
    <message numerus="yes">
        <source>; trend of %1: %n regression(s)</source>
        <translation>
            <numerusform>; Trend von %1: %n Regression</numerusform>
            <numerusform>; Trend von %1: %n Regressionen</numerusform>
        </translation>
    </message>
    <message>
        <source>All pairs</source>
        <translation>Alle Paare</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n run(s))</source>
        <translation>
            <numerusform>%1 (%n Lauf)</numerusform>
            <numerusform>%1 (%n Läufe)</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>History id %1, run %2 (%3)</source>
        <translation>Verlaufs-ID %1, Lauf %2 (%3)</translation>
    </message>
    <message>
        <source>No ok runs of this pair match the filters</source>
        <translation>Keine erfolgreichen Läufe dieses Paars passen zu den Filtern</translation>
    </message>
    <message>
        <source>Choose a pair to see its trend</source>
        <translation>Wählen Sie ein Paar, um seinen Trend zu sehen</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>Transactions/s</source>
        <translation>Transaktionen/s</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>Regression</translation>
    </message>
    <message>
        <source>Baseline %1 % CI</source>
        <translation>Baseline %1 %-KI</translation>
    </message>
    <message>
        <source>trans/s</source>
        <translation>Trans./s</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n regression(s)</source>
        <translation>
            <numerusform>%1: %2, %n Regression</numerusform>
            <numerusform>%1: %2, %n Regressionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected history run(s)</source>
        <translation>
            <numerusform>%n ausgewählter Verlaufslauf</numerusform>
            <numerusform>%n ausgewählte Verlaufsläufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the newest %n run(s) of %1</source>
        <translation>
            <numerusform>%n neuester Lauf von %1</numerusform>
            <numerusform>%n neueste Läufe von %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Perfdeck::HostCheckModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Checked %1</source>
        <translation>Geprüft am %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Status: %1 (%2)</source>
        <translation>Status: %1 (%2)</translation>
    </message>
    <message>
        <source>TCP to %1: connected in %2</source>
        <translation>TCP zu %1: verbunden in %2</translation>
    </message>
    <message>
        <source>TCP to %1: connected</source>
        <translation>TCP zu %1: verbunden</translation>
    </message>
    <message>
        <source>TCP to %1: %2</source>
        <translation>TCP zu %1: %2</translation>
    </message>
    <message>
        <source>SSH login: ok in %1</source>
        <translation>SSH-Anmeldung: ok in %1</translation>
    </message>
    <message>
        <source>SSH login: ok</source>
        <translation>SSH-Anmeldung: ok</translation>
    </message>
    <message>
        <source>SSH login failed: %1</source>
        <translation>SSH-Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Round-trip time: %1</source>
        <translation>Umlaufzeit: %1</translation>
    </message>
    <message>
        <source>iperf3 %1: %2</source>
        <translation>iperf3 %1: %2</translation>
    </message>
    <message>
        <source>iperf3: not found</source>
        <translation>iperf3: nicht gefunden</translation>
    </message>
    <message>
        <source>netperf %1: %2</source>
        <translation>netperf %1: %2</translation>
    </message>
    <message>
        <source>netserver: %1</source>
        <translation>netserver: %1</translation>
    </message>
    <message>
        <source>netserver: not found</source>
        <translation>netserver: nicht gefunden</translation>
    </message>
    <message>
        <source>Free disk: %1 GiB in %2</source>
        <translation>Freier Plattenplatz: %1 GiB in %2</translation>
    </message>
    <message>
        <source>Load: %1, %2, %3</source>
        <translation>Last: %1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source> (%n CPU(s))</source>
        <translation>
            <numerusform> (%n CPU)</numerusform>
            <numerusform> (%n CPUs)</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>RTT</source>
        <translation>RTT</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>SSH command round trip: %1</source>
        <translation>Umlaufzeit eines SSH-Befehls: %1</translation>
    </message>
</context>
<context>
    <name>Perfdeck::HostEditorDialog</name>
    <message>
        <source>Add host</source>
        <translation>Host hinzufügen</translation>
    </message>
    <message>
        <source>Edit host %1</source>
        <translation>Host %1 bearbeiten</translation>
    </message>
    <message>
        <source>e.g. fra-perf1</source>
        <translation>z. B. fra-perf1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation>Host-Name oder IP-Adresse</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>SSH &amp;port:</source>
        <translation>SSH-&amp;Port:</translation>
    </message>
    <message>
        <source>default: your local user name</source>
        <translation>Standard: Ihr lokaler Benutzername</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>SSH agent</source>
        <translation>SSH-Agent</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <source>Password (asked, never stored in the file)</source>
        <translation>Passwort (wird erfragt, nie in der Datei gespeichert)</translation>
    </message>
    <message>
        <source>Au&amp;thentication:</source>
        <translation>Au&amp;thentifizierung:</translation>
    </message>
    <message>
        <source>e.g. ~/.ssh/id_ed25519</source>
        <translation>z. B. ~/.ssh/id_ed25519</translation>
    </message>
    <message>
        <source>&amp;Identity file:</source>
        <translation>&amp;Identitätsdatei:</translation>
    </message>
    <message>
        <source>(direct)</source>
        <translation>(direkt)</translation>
    </message>
    <message>
        <source>&amp;Jump host:</source>
        <translation>&amp;Jump-Host:</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <source>Si&amp;te:</source>
        <translation>Stan&amp;dort:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Bekannt</translation>
    </message>
    <message>
        <source>lat </source>
        <translation>Br. </translation>
    </message>
    <message>
        <source>lon </source>
        <translation>Lg. </translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>comma separated, e.g. rack-a, 25g</source>
        <translation>kommagetrennt, z. B. rack-a, 25g</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Ta&amp;gs:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Noti&amp;zen:</translation>
    </message>
    <message>
        <source>iperf3 on the host&apos;s PATH</source>
        <translation>iperf3 im PATH des Hosts</translation>
    </message>
    <message>
        <source>iperf&amp;3 path:</source>
        <translation>iperf&amp;3-Pfad:</translation>
    </message>
    <message>
        <source>netperf on the host&apos;s PATH</source>
        <translation>netperf im PATH des Hosts</translation>
    </message>
    <message>
        <source>net&amp;perf path:</source>
        <translation>netper&amp;f-Pfad:</translation>
    </message>
    <message>
        <source>There is already a host called &apos;%1&apos;.</source>
        <translation>Es gibt bereits einen Host namens &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The host needs an address.</source>
        <translation>Der Host braucht eine Adresse.</translation>
    </message>
    <message>
        <source>A host is a client, a server or both.</source>
        <translation>Ein Host ist Client, Server oder beides.</translation>
    </message>
</context>
<context>
    <name>Perfdeck::HostHistoryView</name>
    <message>
        <source>Newest %1</source>
        <translation>Neueste %1</translation>
    </message>
    <message>
        <source>All checks</source>
        <translation>Alle Prüfungen</translation>
    </message>
    <message>
        <source>How many of the host&apos;s newest checks the table and the trend show</source>
        <translation>Wie viele der neuesten Prüfungen des Hosts Tabelle und Trend zeigen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read the history database again (checks filed by perfdeck-cli hosts check or another Perfdeck appear then)</source>
        <translation>Die Verlaufsdatenbank neu lesen (von perfdeck-cli hosts check oder einem anderen Perfdeck abgelegte Prüfungen erscheinen dann)</translation>
    </message>
    <message>
        <source>The round-trip time of each check; orange points are checks with a warning, red points on the axis checks that failed. Click a point to select its check.</source>
        <translation>Die Umlaufzeit jeder Prüfung; orange Punkte sind Prüfungen mit Warnung, rote Punkte auf der Achse fehlgeschlagene Prüfungen. Klicken Sie auf einen Punkt, um seine Prüfung auszuwählen.</translation>
    </message>
    <message>
        <source>Reading the checks of %1…</source>
        <translation>Lese die Prüfungen von %1…</translation>
    </message>
    <message>
        <source>Select one host to see the checks filed for it.</source>
        <translation>Wählen Sie einen Host, um die für ihn abgelegten Prüfungen zu sehen.</translation>
    </message>
    <message>
        <source>No history database: checks of %1 are not kept.</source>
        <translation>Keine Verlaufsdatenbank: Prüfungen von %1 werden nicht aufbewahrt.</translation>
    </message>
    <message>
        <source>No checks of %1 filed yet (%2 does not exist yet; Check creates it).</source>
        <translation>Noch keine Prüfungen von %1 abgelegt (%2 existiert noch nicht; Prüfen legt sie an).</translation>
    </message>
    <message>
        <source>No checks of %1 filed yet in %2.</source>
        <translation>Noch keine Prüfungen von %1 in %2 abgelegt.</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n check(s) of %1, newest first.</source>
        <translation>
            <numerusform>Die %n neueste Prüfung von %1, neueste zuerst.</numerusform>
            <numerusform>Die %n neuesten Prüfungen von %1, neueste zuerst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) of %1, newest first.</source>
        <translation>
            <numerusform>%n Prüfung von %1, neueste zuerst.</numerusform>
            <numerusform>%n Prüfungen von %1, neueste zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>No checks of %1</source>
        <translation>Keine Prüfungen von %1</translation>
    </message>
    <message>
        <source>No round-trip time measured for %1 (this machine, or no SSH answer)</source>
        <translation>Keine Umlaufzeit für %1 gemessen (dieser Rechner oder keine SSH-Antwort)</translation>
    </message>
    <message>
        <source>Round-trip time of %1</source>
        <translation>Umlaufzeit von %1</translation>
    </message>
    <message>
        <source>(orange: warnings)</source>
        <translation>(orange: Warnungen)</translation>
    </message>
    <message>
        <source>(red: failed checks)</source>
        <translation>(rot: fehlgeschlagene Prüfungen)</translation>
    </message>
    <message>
        <source>(orange: warnings, red: failed)</source>
        <translation>(orange: Warnungen, rot: fehlgeschlagen)</translation>
    </message>
    <message>
        <source>Select a check (or click its point in the trend) to see everything it found.</source>
        <translation>Wählen Sie eine Prüfung (oder klicken Sie ihren Punkt im Trend an), um alles zu sehen, was sie fand.</translation>
    </message>
</context>
<context>
    <name>Perfdeck::HostKeyDialog</name>
    <message>
        <source>Unknown Host Key</source>
        <translation>Unbekannter Host-Schlüssel</translation>
    </message>
    <message>
        <source>&lt;b&gt;Perfdeck has not connected to %1 before.&lt;/b&gt;&lt;br&gt;Compare the fingerprint with the host&apos;s own (&lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_%2_key.pub&lt;/tt&gt; on it) before you trust it.</source>
        <translation>&lt;b&gt;Perfdeck hat sich noch nie mit %1 verbunden.&lt;/b&gt;&lt;br&gt;Vergleichen Sie den Fingerabdruck mit dem des Hosts selbst (&lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_%2_key.pub&lt;/tt&gt; auf ihm), bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Schlüsseltyp:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerabdruck:</translation>
    </message>
    <message>
        <source>Saved to:</source>
        <translation>Gespeichert in:</translation>
    </message>
    <message>
        <source>The host is already known with a key of another type (%1); it now offers this one.</source>
        <translation>Der Host ist bereits mit einem Schlüssel eines anderen Typs (%1) bekannt; jetzt bietet er diesen an.</translation>
    </message>
    <message>
        <source>Accept &amp;Once</source>
        <translation>&amp;Einmal akzeptieren</translation>
    </message>
    <message>
        <source>Connect this time; ask again next time.</source>
        <translation>Diesmal verbinden; nächstes Mal erneut fragen.</translation>
    </message>
    <message>
        <source>Accept and &amp;Save</source>
        <translation>Akzeptieren und &amp;speichern</translation>
    </message>
    <message>
        <source>Connect and add the key to %1, as ssh does.</source>
        <translation>Verbinden und den Schlüssel zu %1 hinzufügen, wie ssh es tut.</translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation>&amp;Ablehnen</translation>
    </message>
</context>
<context>
    <name>Perfdeck::HostListModel</name>
    <message>
        <source>local (this machine)</source>
        <translation>local (dieser Rechner)</translation>
    </message>
</context>
<context>
    <name>Perfdeck::InfluxLineWriter</name>
    <message>
        <source>cannot open %1 for appending: %2</source>
        <translation>%1 kann nicht zum Anhängen geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot write to %1: %2</source>
        <translation>in %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Perfdeck::InventoryDock</name>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Add a host (Insert)</source>
        <translation>Einen Host hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
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
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Check the selected hosts (all when none is selected): reachability, SSH, iperf3/netserver, disk and load</source>
        <translation>Die ausgewählten Hosts prüfen (alle, wenn keiner ausgewählt ist): Erreichbarkeit, SSH, iperf3/netserver, Platte und Last</translation>
    </message>
    <message>
        <source>Deploy…</source>
        <translation>Verteilen…</translation>
    </message>
    <message>
        <source>Install iperf3 and netperf with each host&apos;s package manager (sudo -n, never a password) on the selected hosts, or on those whose last check found them missing; the exact commands are shown first</source>
        <translation>iperf3 und netperf mit dem Paketmanager jedes Hosts (sudo -n, nie ein Passwort) auf den ausgewählten Hosts installieren, oder auf denen, bei denen die letzte Prüfung sie vermisste; die genauen Befehle werden zuerst gezeigt</translation>
    </message>
    <message>
        <source>Import ssh config…</source>
        <translation>SSH-Konfiguration importieren…</translation>
    </message>
    <message>
        <source>Import Ansible…</source>
        <translation>Ansible importieren…</translation>
    </message>
    <message>
        <source>Export YAML…</source>
        <translation>YAML exportieren…</translation>
    </message>
    <message>
        <source>Auto-check: off</source>
        <translation>Auto-Prüfung: aus</translation>
    </message>
    <message>
        <source>Auto-check every %1 min</source>
        <translation>Auto-Prüfung alle %1 min</translation>
    </message>
    <message>
        <source>Checking… %1 of %2</source>
        <translation>Prüfe… %1 von %2</translation>
    </message>
    <message>
        <source>Deploy on %1: %2</source>
        <translation>Verteilen auf %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Deploy planned for %n host(s)</source>
        <translation>
            <numerusform>Verteilung für %n Host geplant</numerusform>
            <numerusform>Verteilung für %n Hosts geplant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deployed to %n host(s)</source>
        <translation>
            <numerusform>Auf %n Host verteilt</numerusform>
            <numerusform>Auf %n Hosts verteilt</numerusform>
        </translation>
    </message>
    <message>
        <source>Deploy failed on %1 of %2 hosts</source>
        <translation>Verteilung schlug auf %1 von %2 Hosts fehl</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Verteilen</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n host(s) at %1</source>
        <translation>
            <numerusform>%n Host geprüft um %1</numerusform>
            <numerusform>%n Hosts geprüft um %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Check stopped after %1 of %2 hosts</source>
        <translation>Prüfung nach %1 von %2 Hosts gestoppt</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n host(s)</source>
        <translation>
            <numerusform>%n Host löschen</numerusform>
            <numerusform>%n Hosts löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Import hosts from an ssh config</source>
        <translation>Hosts aus einer SSH-Konfiguration importieren</translation>
    </message>
    <message>
        <source>Import hosts from an Ansible inventory</source>
        <translation>Hosts aus einem Ansible-Inventar importieren</translation>
    </message>
    <message>
        <source>ssh config (config *.conf);;All files (*)</source>
        <translation>SSH-Konfiguration (config *.conf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Ansible inventories (*.ini *.yml *.yaml hosts inventory);;All files (*)</source>
        <translation>Ansible-Inventare (*.ini *.yml *.yaml hosts inventory);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lese %1…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Import hosts from %1</source>
        <translation>Hosts aus %1 importieren</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated</source>
        <translation>%1 importiert: %2 neu, %3 aktualisiert</translation>
    </message>
    <message>
        <source>Hosts imported</source>
        <translation>Hosts importiert</translation>
    </message>
    <message>
        <source>%1 new host(s), %2 updated.</source>
        <translation>%1 neue(r) Host(s), %2 aktualisiert.</translation>
    </message>
    <message>
        <source>The file could not be imported.</source>
        <translation>Die Datei konnte nicht importiert werden.</translation>
    </message>
    <message>
        <source>Some entries were skipped or simplified; see the details.</source>
        <translation>Einige Einträge wurden übersprungen oder vereinfacht; siehe Details.</translation>
    </message>
    <message>
        <source>Export hosts</source>
        <translation>Hosts exportieren</translation>
    </message>
    <message>
        <source>Perfdeck inventory (*.yaml *.yml)</source>
        <translation>Perfdeck-Inventar (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Stop check</source>
        <translation>Prüfung stoppen</translation>
    </message>
    <message>
        <source>Checking… 0 of %1</source>
        <translation>Prüfe… 0 von %1</translation>
    </message>
    <message>
        <source>Stop deploy</source>
        <translation>Verteilung stoppen</translation>
    </message>
    <message numerus="yes">
        <source>Asking %n host(s) what they lack…</source>
        <translation>
            <numerusform>Frage %n Host, was fehlt…</numerusform>
            <numerusform>Frage %n Hosts, was fehlt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deploying to %n host(s)…</source>
        <translation>
            <numerusform>Verteile auf %n Host…</numerusform>
            <numerusform>Verteile auf %n Hosts…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to deploy: select hosts, or check them first</source>
        <translation>Nichts zu verteilen: Hosts auswählen oder zuerst prüfen</translation>
    </message>
    <message>
        <source>%1: cannot deploy: %2</source>
        <translation>%1: Verteilen nicht möglich: %2</translation>
    </message>
    <message>
        <source>%1: nothing to install (%2)</source>
        <translation>%1: nichts zu installieren (%2)</translation>
    </message>
    <message>
        <source>%1 (%2%3):</source>
        <translation>%1 (%2%3):</translation>
    </message>
    <message numerus="yes">
        <source>Run these commands on %n host(s)?</source>
        <translation>
            <numerusform>Diese Befehle auf %n Host ausführen?</numerusform>
            <numerusform>Diese Befehle auf %n Hosts ausführen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) in %1 site(s). Select a host for its details.</source>
        <translation>
            <numerusform>%n Host in %1 Standort(en). Wählen Sie einen Host für seine Details.</numerusform>
            <numerusform>%n Hosts in %1 Standort(en). Wählen Sie einen Host für seine Details.</numerusform>
        </translation>
    </message>
    <message>
        <source> through %1</source>
        <translation> über %1</translation>
    </message>
    <message>
        <source>%1°, %2°</source>
        <translation>%1°, %2°</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>Ort: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <source>load %1</source>
        <translation>Last %1</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>%1 frei</translation>
    </message>
    <message>
        <source>Last check %1: %2</source>
        <translation>Letzte Prüfung %1: %2</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Check History</source>
        <translation>Prüfverlauf</translation>
    </message>
    <message>
        <source>Every check filed for the selected host in the history database, with its round-trip time over time</source>
        <translation>Jede für den ausgewählten Host in der Verlaufsdatenbank abgelegte Prüfung, mit ihrer Umlaufzeit im Zeitverlauf</translation>
    </message>
    <message>
        <source>Show the checks filed for the selected host</source>
        <translation>Die für den ausgewählten Host abgelegten Prüfungen zeigen</translation>
    </message>
</context>
<context>
    <name>Perfdeck::InventoryModel</name>
    <message>
        <source>No site</source>
        <translation>Kein Standort</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>dieser Rechner</translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <translation>%1 über %2</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>prüfe…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>iperf3</source>
        <translation>iperf3</translation>
    </message>
    <message>
        <source>netserver</source>
        <translation>netserver</translation>
    </message>
    <message>
        <source>RTT</source>
        <translation>RTT</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Letzte Prüfung</translation>
    </message>
    <message>
        <source>Network round trip of the last check: the TCP connect to the host&apos;s SSH port (through jump hosts: the round trip of an SSH command)</source>
        <translation>Netzwerk-Umlaufzeit der letzten Prüfung: der TCP-Verbindungsaufbau zum SSH-Port des Hosts (über Jump-Hosts: die Umlaufzeit eines SSH-Befehls)</translation>
    </message>
</context>
<context>
    <name>Perfdeck::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>die Sprache des Systems</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Perfdeck will speak %1 the next time it starts.</source>
        <translation>Perfdeck spricht beim nächsten Start %1.</translation>
    </message>
</context>
<context>
    <name>Perfdeck::LibraryEditor</name>
    <message>
        <source>Report Templates</source>
        <translation>Berichtsvorlagen</translation>
    </message>
    <message>
        <source>Test Profiles</source>
        <translation>Testprofile</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n occurrence(s).</source>
        <translation>
            <numerusform>%n Vorkommen ersetzt.</numerusform>
            <numerusform>%n Vorkommen ersetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Preview (this session)</source>
        <translation>Vorschau (diese Sitzung)</translation>
    </message>
    <message>
        <source>Tests after extends and variables</source>
        <translation>Tests nach extends und Variablen</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Duplizieren…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
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
        <source>Find…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <source> (shipped)</source>
        <translation> (mitgeliefert)</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Änderungen an %1 speichern?</translation>
    </message>
    <message>
        <source>%1 is shipped and read-only: Duplicate it to make your own copy.</source>
        <translation>%1 ist mitgeliefert und schreibgeschützt: duplizieren Sie es, um eine eigene Kopie zu erhalten.</translation>
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation>%1 existiert bereits.</translation>
    </message>
    <message>
        <source>Could not rename %1 to %2.</source>
        <translation>%1 konnte nicht in %2 umbenannt werden.</translation>
    </message>
    <message>
        <source>Could not delete %1.</source>
        <translation>%1 konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>No temporary folder to check the text in.</source>
        <translation>Kein temporärer Ordner, um den Text darin zu prüfen.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Keine Probleme.</translation>
    </message>
    <message>
        <source>concurrent: the tests run at the same time</source>
        <translation>concurrent: die Tests laufen gleichzeitig</translation>
    </message>
    <message numerus="yes">
        <source>%n test(s):</source>
        <translation>
            <numerusform>%n Test:</numerusform>
            <numerusform>%n Tests:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Perfdeck::LiveGraph</name>
    <message>
        <source>-%1 s</source>
        <translation>-%1 s</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>total of the running tests</source>
        <translation>Summe der laufenden Tests</translation>
    </message>
    <message>
        <source>transactions per second</source>
        <translation>Transaktionen pro Sekunde</translation>
    </message>
    <message>
        <source>dashed: trans/s, right axis</source>
        <translation>gestrichelt: Trans./s, rechte Achse</translation>
    </message>
</context>
<context>
    <name>Perfdeck::LiveRuns</name>
    <message>
        <source>%1 started: %2, %3</source>
        <translation>%1 gestartet: %2, %3</translation>
    </message>
    <message>
        <source>%1: stopping</source>
        <translation>%1: stoppt</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>its runner went away before it ended</source>
        <translation>sein Ausführer verschwand, bevor er endete</translation>
    </message>
</context>
<context>
    <name>Perfdeck::LogView</name>
    <message>
        <source>The output of iperf3 appears here while a test runs.</source>
        <translation>Die Ausgabe von iperf3 erscheint hier, während ein Test läuft.</translation>
    </message>
</context>
<context>
    <name>Perfdeck::MainWindow</name>
    <message>
        <source>%1 trans/s</source>
        <translation>%1 Trans./s</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n run(s) to %1</source>
        <translation>
            <numerusform>%n Lauf nach %1 exportiert</numerusform>
            <numerusform>%n Läufe nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Request/response</source>
        <translation>Anfrage/Antwort</translation>
    </message>
    <message>
        <source>Streams</source>
        <translation>Streams</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>embedded (127.0.0.1)</source>
        <translation>eingebettet (127.0.0.1)</translation>
    </message>
    <message>
        <source>CPU (local / remote)</source>
        <translation>CPU (lokal / entfernt)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Test Plan</source>
        <translation>Testplan</translation>
    </message>
    <message numerus="yes">
        <source>test plan: %n test(s), at most %1 at once%2</source>
        <translation>
            <numerusform>Testplan: %n Test, höchstens %1 gleichzeitig%2</numerusform>
            <numerusform>Testplan: %n Tests, höchstens %1 gleichzeitig%2</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 per host</source>
        <translation>, %1 je Host</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>%1 cannot be run again: %2</source>
        <translation>%1 kann nicht erneut ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>Cannot run on %1: %2</source>
        <translation>Ausführen auf %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Starting: looking for iperf3…</source>
        <translation>Start: suche iperf3…</translation>
    </message>
    <message>
        <source>Starting: connecting to %1…</source>
        <translation>Start: verbinde mit %1…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stoppe…</translation>
    </message>
    <message>
        <source>%1 started: %2 to %3, %4 s</source>
        <translation>%1 gestartet: %2 nach %3, %4 s</translation>
    </message>
    <message>
        <source>Running %1 of %2: %3 to %4</source>
        <translation>Führe %1 von %2 aus: %3 nach %4</translation>
    </message>
    <message>
        <source>%1 / %2 s</source>
        <translation>%1 / %2 s</translation>
    </message>
    <message>
        <source>Running %1 of %2: %3 to %4, %5</source>
        <translation>Führe %1 von %2 aus: %3 nach %4, %5</translation>
    </message>
    <message>
        <source>%1 finished: %2</source>
        <translation>%1 beendet: %2</translation>
    </message>
    <message>
        <source>%1 partial (%2 s measured): %3 – %4</source>
        <translation>%1 teilweise (%2 s gemessen): %3 – %4</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <source>profile %1: %n test(s) done</source>
        <translation>
            <numerusform>Profil %1: %n Test fertig</numerusform>
            <numerusform>Profil %1: %n Tests fertig</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Results</source>
        <translation>Ergebnisse importieren</translation>
    </message>
    <message>
        <source>Results of iperf3, netperf and flent (*.json *.jsonl *.txt *.out *.log *.flent *.flent.gz *.gz);;All files (*)</source>
        <translation>Ergebnisse von iperf3, netperf und flent (*.json *.jsonl *.txt *.out *.log *.flent *.flent.gz *.gz);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importiere %n Datei…</numerusform>
            <numerusform>Importiere %n Dateien…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 imported from %2: %3, %4</source>
        <translation>%1 aus %2 importiert: %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n run(s)</source>
        <translation>
            <numerusform>%n Lauf importiert</numerusform>
            <numerusform>%n Läufe importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported:</source>
        <translation>
            <numerusform>%n Datei konnte nicht importiert werden:</numerusform>
            <numerusform>%n Dateien konnten nicht importiert werden:</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for profiles…</source>
        <translation>Suche Profile…</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n test(s): %2</source>
        <translation>
            <numerusform>%1 — %n Test: %2</numerusform>
            <numerusform>%1 — %n Tests: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>No profile was found in %1.</source>
        <translation>In %1 wurde kein Profil gefunden.</translation>
    </message>
    <message>
        <source>Run Profile</source>
        <translation>Profil ausführen</translation>
    </message>
    <message>
        <source>Run every test of the profile:</source>
        <translation>Jeden Test des Profils ausführen:</translation>
    </message>
    <message>
        <source>Reading profile %1…</source>
        <translation>Lese Profil %1…</translation>
    </message>
    <message>
        <source>The profile could not be read:
%1</source>
        <translation>Das Profil konnte nicht gelesen werden:
%1</translation>
    </message>
    <message>
        <source>The profile %1 has no tests.</source>
        <translation>Das Profil %1 hat keine Tests.</translation>
    </message>
    <message numerus="yes">
        <source>profile %1: %n test(s)%2</source>
        <translation>
            <numerusform>Profil %1: %n Test%2</numerusform>
            <numerusform>Profil %1: %n Tests%2</numerusform>
        </translation>
    </message>
    <message>
        <source>, run together</source>
        <translation>, gemeinsam ausgeführt</translation>
    </message>
    <message>
        <source>%1 measured nothing: %2</source>
        <translation>%1 hat nichts gemessen: %2</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The session &quot;%1&quot; has changes that are not saved.
Save them first?</source>
        <translation>Die Sitzung &quot;%1&quot; hat nicht gespeicherte Änderungen.
Zuerst speichern?</translation>
    </message>
    <message>
        <source>Open Session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <source>session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Save Session As</source>
        <translation>Sitzung speichern unter</translation>
    </message>
    <message>
        <source>Recover session</source>
        <translation>Sitzung wiederherstellen</translation>
    </message>
    <message>
        <source>Perfdeck did not close cleanly. A session was saved automatically on %1.
Recover it?</source>
        <translation>Perfdeck wurde nicht sauber beendet. Eine Sitzung wurde am %1 automatisch gespeichert.
Wiederherstellen?</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>There is no finished run to export yet.</source>
        <translation>Es gibt noch keinen beendeten Lauf zum Exportieren.</translation>
    </message>
    <message>
        <source>runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Export Runs</source>
        <translation>Läufe exportieren</translation>
    </message>
    <message>
        <source>An export is still being written; try again in a moment.</source>
        <translation>Ein Export wird noch geschrieben; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>Diagramm in %1 gespeichert</translation>
    </message>
    <message>
        <source>%1[*] — Perfdeck</source>
        <translation>%1[*] — Perfdeck</translation>
    </message>
    <message>
        <source>Perfdeck</source>
        <translation>Perfdeck</translation>
    </message>
    <message>
        <source>Test running</source>
        <translation>Test läuft</translation>
    </message>
    <message>
        <source>A test is running. Stop it and quit?</source>
        <translation>Ein Test läuft. Stoppen und beenden?</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>no profile named &quot;%1&quot; in %2</source>
        <translation>kein Profil namens &quot;%1&quot; in %2</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>History not updated: %1</source>
        <translation>Verlauf nicht aktualisiert: %1</translation>
    </message>
    <message>
        <source>Baseline: %1</source>
        <translation>Baseline: %1</translation>
    </message>
    <message>
        <source>AF41: kept</source>
        <translation>AF41: beibehalten</translation>
    </message>
    <message>
        <source>&amp;Monitoring and Exporters…</source>
        <translation>&amp;Monitoring und Exporter…</translation>
    </message>
    <message>
        <source>Prometheus endpoint, StatsD, InfluxDB file and the web dashboard while tests run</source>
        <translation>Prometheus-Endpunkt, StatsD, InfluxDB-Datei und das Web-Dashboard, während Tests laufen</translation>
    </message>
    <message>
        <source>&amp;Welcome Tour</source>
        <translation>&amp;Willkommenstour</translation>
    </message>
    <message>
        <source>%1 DSCP %2: %3 (probe flow of the class beside the test)</source>
        <translation>%1 DSCP %2: %3 (Probe-Flow der Klasse neben dem Test)</translation>
    </message>
    <message>
        <source>%1 pattern %2: no phase holds a whole reporting interval (a shorter Interval measures shorter phases)</source>
        <translation>%1 Muster %2: keine Phase enthält ein ganzes Berichtsintervall (ein kürzeres Intervall misst kürzere Phasen)</translation>
    </message>
    <message>
        <source>%1 pattern %2, requested and achieved rate per phase:</source>
        <translation>%1 Muster %2, verlangte und erreichte Rate je Phase:</translation>
    </message>
    <message>
        <source>%1 DSCP %2: %3 (the test&apos;s own datagrams)</source>
        <translation>%1 DSCP %2: %3 (die eigenen Datagramme des Tests)</translation>
    </message>
    <message>
        <source>%1 started from the web: %2</source>
        <translation>%1 über das Web gestartet: %2</translation>
    </message>
    <message numerus="yes">
        <source>Running %n tests together (%1), %2 of %3 done</source>
        <translation>
            <numerusform>%n Test läuft gleichzeitig (%1), %2 von %3 fertig</numerusform>
            <numerusform>%n Tests laufen gleichzeitig (%1), %2 von %3 fertig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Perfdeck::MetricsServer</name>
    <message>
        <source>cannot listen for metrics on %1: %2</source>
        <translation>Metriken können nicht auf %1 bereitgestellt werden: %2</translation>
    </message>
</context>
<context>
    <name>Perfdeck::MonitoringCenter</name>
    <message>
        <source>The session&apos;s metrics endpoint or web dashboard listens beyond this machine: not started. Run &gt; Monitoring and Exporters starts it.</source>
        <translation>Der Metrik-Endpunkt oder das Web-Dashboard der Sitzung lauscht über diesen Rechner hinaus: nicht gestartet. Ausführen &gt; Monitoring und Exporter startet es.</translation>
    </message>
    <message>
        <source>The session&apos;s exporters did not start: %1</source>
        <translation>Die Exporter der Sitzung starteten nicht: %1</translation>
    </message>
    <message>
        <source>web dashboard address %1</source>
        <translation>Web-Dashboard-Adresse %1</translation>
    </message>
    <message>
        <source>The web dashboard did not start: %1</source>
        <translation>Das Web-Dashboard startete nicht: %1</translation>
    </message>
    <message>
        <source>The web dashboard&apos;s token could not be kept in the keychain (%1): a new one is made at each start.</source>
        <translation>Das Token des Web-Dashboards konnte nicht im Schlüsselbund behalten werden (%1): bei jedem Start wird ein neues erzeugt.</translation>
    </message>
</context>
<context>
    <name>Perfdeck::MonitoringDialog</name>
    <message>
        <source>Monitoring and Exporters</source>
        <translation>Monitoring und Exporter</translation>
    </message>
    <message>
        <source>While tests run, their live figures can go to your monitoring system and to a web page. These settings are saved with the session.</source>
        <translation>Während Tests laufen, können ihre Live-Werte an Ihr Monitoring-System und an eine Webseite gehen. Diese Einstellungen werden mit der Sitzung gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Prometheus metrics endpoint</source>
        <translation>&amp;Prometheus-Metrik-Endpunkt</translation>
    </message>
    <message>
        <source>Address and port to serve /metrics on; an address other than loopback makes the figures visible to the network.</source>
        <translation>Adresse und Port, auf denen /metrics bereitgestellt wird; eine andere Adresse als Loopback macht die Werte im Netz sichtbar.</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>Lauschen auf:</translation>
    </message>
    <message>
        <source>Scrape:</source>
        <translation>Abruf:</translation>
    </message>
    <message>
        <source>&amp;StatsD push (UDP)</source>
        <translation>&amp;StatsD-Versand (UDP)</translation>
    </message>
    <message>
        <source>StatsD daemon:</source>
        <translation>StatsD-Daemon:</translation>
    </message>
    <message>
        <source>&amp;InfluxDB line protocol file</source>
        <translation>&amp;InfluxDB-Line-Protocol-Datei</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Append the live figures to</source>
        <translation>Live-Werte anhängen an</translation>
    </message>
    <message>
        <source>Append to:</source>
        <translation>Anhängen an:</translation>
    </message>
    <message>
        <source>&amp;Web dashboard</source>
        <translation>&amp;Web-Dashboard</translation>
    </message>
    <message>
        <source>none: plain HTTP</source>
        <translation>keins: einfaches HTTP</translation>
    </message>
    <message>
        <source>TLS certificate (PEM)</source>
        <translation>TLS-Zertifikat (PEM)</translation>
    </message>
    <message>
        <source>TLS private key (PEM)</source>
        <translation>privater TLS-Schlüssel (PEM)</translation>
    </message>
    <message>
        <source>Starting and stopping tests from the page needs this token; it is kept in the keychain, not in the session.</source>
        <translation>Das Starten und Stoppen von Tests auf der Seite braucht dieses Token; es wird im Schlüsselbund behalten, nicht in der Sitzung.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>New Token</source>
        <translation>Neues Token</translation>
    </message>
    <message>
        <source>TLS certificate:</source>
        <translation>TLS-Zertifikat:</translation>
    </message>
    <message>
        <source>TLS key:</source>
        <translation>TLS-Schlüssel:</translation>
    </message>
    <message>
        <source>Open:</source>
        <translation>Öffnen:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Nicht übernommen: %1</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>startet…</translation>
    </message>
    <message>
        <source>The web dashboard did not start: %1</source>
        <translation>Das Web-Dashboard startete nicht: %1</translation>
    </message>
</context>
<context>
    <name>Perfdeck::PatternRun</name>
    <message>
        <source>unknown DSCP &apos;%1&apos;</source>
        <translation>unbekanntes DSCP &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the probe did not run</source>
        <translation>die Probe lief nicht</translation>
    </message>
    <message>
        <source>phase %1 of %2: %3 bit/s for %4 s</source>
        <translation>Phase %1 von %2: %3 bit/s für %4 s</translation>
    </message>
    <message>
        <source>phase %1 (%2 s, %3 bit/s): %4</source>
        <translation>Phase %1 (%2 s, %3 bit/s): %4</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>no phase ran</source>
        <translation>keine Phase lief</translation>
    </message>
</context>
<context>
    <name>Perfdeck::PlanCellDialog</name>
    <message>
        <source>Cell Overrides</source>
        <translation>Zellen-Abweichungen</translation>
    </message>
    <message>
        <source>Settings of %1 that differ from the test. Fields left at &quot;test: ...&quot; keep the test&apos;s value.</source>
        <translation>Einstellungen von %1, die vom Test abweichen. Felder auf &quot;Test: ...&quot; behalten den Wert des Tests.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>test: %1 s</source>
        <translation>Test: %1 s</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>test: %1</source>
        <translation>Test: %1</translation>
    </message>
    <message>
        <source>&amp;Streams:</source>
        <translation>&amp;Streams:</translation>
    </message>
    <message>
        <source>test: unlimited (e.g. 100M, 1.5G)</source>
        <translation>Test: unbegrenzt (z. B. 100M, 1.5G)</translation>
    </message>
    <message>
        <source>&amp;Bitrate:</source>
        <translation>&amp;Bitrate:</translation>
    </message>
    <message>
        <source>test: none</source>
        <translation>Test: keines</translation>
    </message>
    <message>
        <source>DS&amp;CP:</source>
        <translation>DS&amp;CP:</translation>
    </message>
    <message>
        <source>send (client to server)</source>
        <translation>senden (Client zu Server)</translation>
    </message>
    <message>
        <source>receive (server to client)</source>
        <translation>empfangen (Server zu Client)</translation>
    </message>
    <message>
        <source>both at once (bidir)</source>
        <translation>beides gleichzeitig (bidir)</translation>
    </message>
    <message>
        <source>D&amp;irection:</source>
        <translation>R&amp;ichtung:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a bitrate (write e.g. 100M, 1.5G or 800k).</source>
        <translation>&quot;%1&quot; ist keine Bitrate (schreiben Sie z. B. 100M, 1.5G oder 800k).</translation>
    </message>
</context>
<context>
    <name>Perfdeck::PlanModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 streams</source>
        <translation>%1 Streams</translation>
    </message>
    <message>
        <source>DSCP %1</source>
        <translation>DSCP %1</translation>
    </message>
    <message>
        <source>%1 trans/s</source>
        <translation>%1 Trans./s</translation>
    </message>
    <message>
        <source>Toggle client %1</source>
        <translation>Client %1 umschalten</translation>
    </message>
    <message>
        <source>Toggle server %1</source>
        <translation>Server %1 umschalten</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2, %3, %n stream(s), %4 s</source>
        <translation>
            <numerusform>%1 %2, %3, %n Stream, %4 s</numerusform>
            <numerusform>%1 %2, %3, %n Streams, %4 s</numerusform>
        </translation>
    </message>
    <message>
        <source>Overrides: %1</source>
        <translation>Abweichungen: %1</translation>
    </message>
    <message>
        <source>Turned off</source>
        <translation>Ausgeschaltet</translation>
    </message>
    <message>
        <source>Skipped: client and server are the same host</source>
        <translation>Übersprungen: Client und Server sind derselbe Host</translation>
    </message>
    <message>
        <source> (attempt %1)</source>
        <translation> (Versuch %1)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message numerus="yes">
        <source>Mean: %1 over %n repeat(s)</source>
        <translation>
            <numerusform>Mittel: %1 über %n Wiederholung</numerusform>
            <numerusform>Mittel: %1 über %n Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Range: %1 .. %2</source>
        <translation>Bereich: %1 .. %2</translation>
    </message>
    <message>
        <source>Instances summed: %1</source>
        <translation>Instanzen summiert: %1</translation>
    </message>
    <message>
        <source>Forward %1, reverse %2</source>
        <translation>Hin %1, Rück %2</translation>
    </message>
    <message>
        <source>Asymmetry (forward/reverse): %1</source>
        <translation>Asymmetrie (Hin/Rück): %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Runs: %1 (click to select them)</source>
        <translation>Läufe: %1 (klicken, um sie auszuwählen)</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>same host</source>
        <translation>gleicher Host</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>retry %1…</source>
        <translation>Wiederholung %1…</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>startet…</translation>
    </message>
    <message>
        <source>%1 · %2/%3 s</source>
        <translation>%1 · %2/%3 s</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>Turn on %1</source>
        <translation>%1 einschalten</translation>
    </message>
    <message>
        <source>Turn off %1</source>
        <translation>%1 ausschalten</translation>
    </message>
    <message>
        <source>Server %1: click to turn its column on or off</source>
        <translation>Server %1: klicken, um seine Spalte ein- oder auszuschalten</translation>
    </message>
    <message>
        <source>Client %1: click to turn its row on or off</source>
        <translation>Client %1: klicken, um seine Zeile ein- oder auszuschalten</translation>
    </message>
</context>
<context>
    <name>Perfdeck::PlanView</name>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Clients</translation>
    </message>
    <message>
        <source>Ser&amp;vers</source>
        <translation>Ser&amp;ver</translation>
    </message>
    <message>
        <source>&amp;Tests</source>
        <translation>&amp;Tests</translation>
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
        <source>From the run form</source>
        <translation>Aus dem Lauf-Formular</translation>
    </message>
    <message>
        <source>Self pairs</source>
        <translation>Selbstpaare</translation>
    </message>
    <message>
        <source>Also run the cells whose client and server are the same host</source>
        <translation>Auch die Zellen ausführen, deren Client und Server derselbe Host sind</translation>
    </message>
    <message>
        <source>Include self pairs</source>
        <translation>Selbstpaare einschließen</translation>
    </message>
    <message>
        <source>Skip self pairs</source>
        <translation>Selbstpaare überspringen</translation>
    </message>
    <message>
        <source>Edit Overrides…</source>
        <translation>Abweichungen bearbeiten…</translation>
    </message>
    <message>
        <source>Clear Overrides</source>
        <translation>Abweichungen löschen</translation>
    </message>
    <message>
        <source>Clear overrides</source>
        <translation>Abweichungen löschen</translation>
    </message>
    <message>
        <source>Turn On</source>
        <translation>Einschalten</translation>
    </message>
    <message>
        <source>Turn Off</source>
        <translation>Ausschalten</translation>
    </message>
    <message>
        <source>Turn on cells</source>
        <translation>Zellen einschalten</translation>
    </message>
    <message>
        <source>Turn off cells</source>
        <translation>Zellen ausschalten</translation>
    </message>
    <message>
        <source>Select Its Runs</source>
        <translation>Ihre Läufe auswählen</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>A&amp;nzeige:</translation>
    </message>
    <message>
        <source>Plan and status</source>
        <translation>Plan und Status</translation>
    </message>
    <message>
        <source>Heat map: values</source>
        <translation>Heatmap: Werte</translation>
    </message>
    <message>
        <source>Heat map: forward/reverse</source>
        <translation>Heatmap: Hin/Rück</translation>
    </message>
    <message>
        <source>At &amp;once:</source>
        <translation>&amp;Gleichzeitig:</translation>
    </message>
    <message>
        <source>Tests running at the same time, over all hosts</source>
        <translation>Gleichzeitig laufende Tests, über alle Hosts</translation>
    </message>
    <message>
        <source>Per &amp;host:</source>
        <translation>Je &amp;Host:</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>Tests one host takes part in at the same time, as client or server</source>
        <translation>Tests, an denen ein Host gleichzeitig teilnimmt, als Client oder Server</translation>
    </message>
    <message>
        <source>&amp;Run Plan</source>
        <translation>Plan &amp;ausführen</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>Sto&amp;pp</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stoppe…</translation>
    </message>
    <message>
        <source>%1 is not in the inventory: add it in the Hosts dock, or take it out of the plan</source>
        <translation>%1 ist nicht im Inventar: fügen Sie ihn im Hosts-Dock hinzu oder nehmen Sie ihn aus dem Plan</translation>
    </message>
    <message>
        <source>Clients: %1</source>
        <translation>Clients: %1</translation>
    </message>
    <message>
        <source>Servers: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>The run form has no test.</source>
        <translation>Das Lauf-Formular hat keinen Test.</translation>
    </message>
    <message>
        <source>The run form&apos;s test cannot be used: %1</source>
        <translation>Der Test des Lauf-Formulars ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>Tests from the run form</source>
        <translation>Tests aus dem Lauf-Formular</translation>
    </message>
    <message>
        <source>Reading profile %1…</source>
        <translation>Lese Profil %1…</translation>
    </message>
    <message>
        <source>The profile %1 has no tests.</source>
        <translation>Das Profil %1 hat keine Tests.</translation>
    </message>
    <message>
        <source>The profile could not be read:
%1</source>
        <translation>Das Profil konnte nicht gelesen werden:
%1</translation>
    </message>
    <message>
        <source>Tests of profile %1</source>
        <translation>Tests des Profils %1</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n test(s))</source>
        <translation>
            <numerusform>%1 (%n Test)</numerusform>
            <numerusform>%1 (%n Tests)</numerusform>
        </translation>
    </message>
    <message>
        <source>no test yet</source>
        <translation>noch kein Test</translation>
    </message>
    <message numerus="yes">
        <source>%n test(s)</source>
        <translation>
            <numerusform>%n Test</numerusform>
            <numerusform>%n Tests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>profile %1, %n test(s)</source>
        <translation>
            <numerusform>Profil %1, %n Test</numerusform>
            <numerusform>Profil %1, %n Tests</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The plan cannot run: %1.</source>
        <translation>Der Plan kann nicht ausgeführt werden: %1.</translation>
    </message>
    <message>
        <source>Every cell of the plan is turned off or pairs a host with itself.</source>
        <translation>Jede Zelle des Plans ist ausgeschaltet oder paart einen Host mit sich selbst.</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s)</source>
        <translation>
            <numerusform>%n Zelle</numerusform>
            <numerusform>%n Zellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Overrides of %1</source>
        <translation>Abweichungen von %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n test(s) done</source>
        <translation>
            <numerusform>%1 von %n Test fertig</numerusform>
            <numerusform>%1 von %n Tests fertig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n fehlgeschlagen</numerusform>
            <numerusform>, %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source> · about %1 left</source>
        <translation> · noch etwa %1</translation>
    </message>
    <message>
        <source>no profile named &quot;%1&quot; in %2</source>
        <translation>kein Profil namens &quot;%1&quot; in %2</translation>
    </message>
    <message>
        <source>Filter hosts: name, address, site, region or tag; tag:NAME, site:NAME</source>
        <translation>Hosts filtern: Name, Adresse, Standort, Region oder Tag; tag:NAME, site:NAME</translation>
    </message>
    <message numerus="yes">
        <source>Stop %n Cell(s)</source>
        <translation>
            <numerusform>%n Zelle stoppen</numerusform>
            <numerusform>%n Zellen stoppen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run %n Cell(s)</source>
        <translation>
            <numerusform>%n Zelle ausführen</numerusform>
            <numerusform>%n Zellen ausführen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not run: %2.</source>
        <translation>%1 läuft nicht: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Stopping %n run(s)…</source>
        <translation>
            <numerusform>Stoppe %n Lauf…</numerusform>
            <numerusform>Stoppe %n Läufe…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Perfdeck::QosRun</name>
    <message>
        <source>the reflector on %1 did not start listening within %2 s</source>
        <translation>der Reflektor auf %1 lauschte nicht innerhalb von %2 s</translation>
    </message>
    <message>
        <source>no DSCP classes to test</source>
        <translation>keine DSCP-Klassen zu testen</translation>
    </message>
    <message>
        <source>no host to send from</source>
        <translation>kein sendender Host</translation>
    </message>
    <message>
        <source>no runner for the bulk test</source>
        <translation>kein Ausführer für den Bulk-Test</translation>
    </message>
    <message>
        <source>a test with bulk traffic needs at least 5 s</source>
        <translation>ein Test mit Bulk-Verkehr braucht mindestens 5 s</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a DSCP class</source>
        <translation>&apos;%1&apos; ist keine DSCP-Klasse</translation>
    </message>
    <message>
        <source>no port for the reflector at %1</source>
        <translation>kein Port für den Reflektor auf %1</translation>
    </message>
    <message>
        <source>no host for the reflector</source>
        <translation>kein Host für den Reflektor</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>perfdeck-probe was not found on this machine (set PERFDECK_PROBE or install it beside perfdeck-cli)</source>
        <translation>perfdeck-probe wurde auf diesem Rechner nicht gefunden (setzen Sie PERFDECK_PROBE oder installieren Sie es neben perfdeck-cli)</translation>
    </message>
    <message>
        <source>the address at which %1 reaches this machine is not known yet</source>
        <translation>die Adresse, unter der %1 diesen Rechner erreicht, ist noch unbekannt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the probe&apos;s output ended early</source>
        <translation>die Ausgabe der Probe endete früh</translation>
    </message>
    <message>
        <source>the probe %1</source>
        <translation>die Probe %1</translation>
    </message>
    <message>
        <source>no summary from the probe</source>
        <translation>keine Zusammenfassung von der Probe</translation>
    </message>
    <message>
        <source>no reply from the reflector at %1: nothing came back</source>
        <translation>keine Antwort vom Reflektor auf %1: nichts kam zurück</translation>
    </message>
    <message>
        <source>the bulk test did not end: cancelled</source>
        <translation>der Bulk-Test endete nicht: abgebrochen</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>mit Code %1 beendet</translation>
    </message>
    <message>
        <source>the reflector on %1 did not start: %2</source>
        <translation>der Reflektor auf %1 startete nicht: %2</translation>
    </message>
    <message>
        <source>the bulk test did not run</source>
        <translation>der Bulk-Test lief nicht</translation>
    </message>
    <message>
        <source>bulk: iperf3 TCP marked %1, %2 stream(s), %3 s</source>
        <translation>Bulk: iperf3-TCP markiert %1, %2 Stream(s), %3 s</translation>
    </message>
    <message>
        <source>%1 %2: RTT %3 -&gt; %4, loss %5 -&gt; %6 while %7 bulk TCP carried %8</source>
        <translation>%1 %2: RTT %3 -&gt; %4, Verlust %5 -&gt; %6, während %7-Bulk-TCP %8 übertrug</translation>
    </message>
    <message>
        <source>not judged (no quiet baseline or no interval under load)</source>
        <translation>nicht beurteilt (keine ruhige Baseline oder kein Intervall unter Last)</translation>
    </message>
    <message>
        <source>protected</source>
        <translation>geschützt</translation>
    </message>
    <message>
        <source>NOT protected</source>
        <translation>NICHT geschützt</translation>
    </message>
    <message>
        <source>the probe did not start</source>
        <translation>die Probe startete nicht</translation>
    </message>
    <message>
        <source>a bulk test against a running reflector (--target) needs a running iperf3 server for it (--bulk-target)</source>
        <translation>ein Bulk-Test gegen einen laufenden Reflektor (--target) braucht einen laufenden iperf3-Server dafür (--bulk-target)</translation>
    </message>
</context>
<context>
    <name>Perfdeck::QosTableModel</name>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation>Jitter</translation>
    </message>
    <message>
        <source>RTT mean</source>
        <translation>RTT-Mittel</translation>
    </message>
    <message>
        <source>RTT p99</source>
        <translation>RTT p99</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>Perfdeck::QosView</name>
    <message>
        <source>DSCP classes, comma-separated: EF, AF11..AF43, CS0..CS7, VA, LE or 0-63</source>
        <translation>DSCP-Klassen, kommagetrennt: EF, AF11..AF43, CS0..CS7, VA, LE oder 0-63</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> packets/s</source>
        <translation> Pakete/s</translation>
    </message>
    <message>
        <source>IPv6 (::1)</source>
        <translation>IPv6 (::1)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Sends probe datagrams marked with each class to a reflector on this machine and shows what arrived.</source>
        <translation>Sendet mit jeder Klasse markierte Probe-Datagramme an einen Reflektor auf diesem Rechner und zeigt, was ankam.</translation>
    </message>
    <message>
        <source>Classes:</source>
        <translation>Klassen:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>Rate per class:</source>
        <translation>Rate je Klasse:</translation>
    </message>
    <message>
        <source>Classes: %1</source>
        <translation>Klassen: %1</translation>
    </message>
    <message>
        <source>Running: %1 for %2 s...</source>
        <translation>Läuft: %1 für %2 s...</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>Stoppe...</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 of %2 classes arrived with their marks.</source>
        <translation>%1 von %2 Klassen kamen mit ihrer Markierung an.</translation>
    </message>
</context>
<context>
    <name>Perfdeck::ReportCenter</name>
    <message>
        <source>Generate &amp;Report…</source>
        <translation>Bericht &amp;erzeugen…</translation>
    </message>
    <message>
        <source>Make a PDF, HTML, Markdown, text or CSV report of this session from a template</source>
        <translation>Einen PDF-, HTML-, Markdown-, Text- oder CSV-Bericht dieser Sitzung aus einer Vorlage erzeugen</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>See the report&apos;s pages as they would be printed</source>
        <translation>Die Seiten des Berichts so sehen, wie sie gedruckt würden</translation>
    </message>
    <message>
        <source>&amp;Print Report…</source>
        <translation>Bericht &amp;drucken…</translation>
    </message>
    <message>
        <source>Print the session&apos;s report with the chosen template</source>
        <translation>Den Bericht der Sitzung mit der gewählten Vorlage drucken</translation>
    </message>
    <message>
        <source>Report &amp;Templates…</source>
        <translation>Berichts&amp;vorlagen…</translation>
    </message>
    <message>
        <source>Edit report templates with a live preview of this session</source>
        <translation>Berichtsvorlagen mit einer Live-Vorschau dieser Sitzung bearbeiten</translation>
    </message>
    <message>
        <source>Test &amp;Profiles…</source>
        <translation>Test&amp;profile…</translation>
    </message>
    <message>
        <source>Edit YAML test profiles and see the tests they expand to</source>
        <translation>YAML-Testprofile bearbeiten und die Tests sehen, zu denen sie sich entfalten</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht nach %1 geschrieben</translation>
    </message>
</context>
<context>
    <name>Perfdeck::ReportDialog</name>
    <message>
        <source>Generate Report</source>
        <translation>Bericht erzeugen</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>Vor&amp;lage:</translation>
    </message>
    <message>
        <source>report.pdf, .html, .md, .txt or .csv</source>
        <translation>report.pdf, .html, .md, .txt oder .csv</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Output file:</source>
        <translation>Ausgabedatei:</translation>
    </message>
    <message>
        <source>From the locale</source>
        <translation>Aus dem Gebietsschema</translation>
    </message>
    <message>
        <source>Pages of a PDF report or of a print</source>
        <translation>Seiten eines PDF-Berichts oder eines Drucks</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Seitengröße:</translation>
    </message>
    <message>
        <source>Runs to compare with: the report shows the change and whether it is significant</source>
        <translation>Läufe zum Vergleich: der Bericht zeigt die Änderung und ob sie signifikant ist</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>From file…</source>
        <translation>Aus Datei…</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Baseline:</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) from %1</source>
        <translation>
            <numerusform>%n Lauf aus %1</numerusform>
            <numerusform>%n Läufe aus %1</numerusform>
        </translation>
    </message>
    <message>
        <source>this session</source>
        <translation>diese Sitzung</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <source>&amp;Open Report</source>
        <translation>Bericht &amp;öffnen</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>D&amp;rucken…</translation>
    </message>
    <message>
        <source>Template File</source>
        <translation>Vorlagendatei</translation>
    </message>
    <message>
        <source>Templates (*.html *.htm *.md *.txt *.csv);;All files (*)</source>
        <translation>Vorlagen (*.html *.htm *.md *.txt *.csv);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Baseline: %n run(s) from %1</source>
        <translation>
            <numerusform>Baseline: %n Lauf aus %1</numerusform>
            <numerusform>Baseline: %n Läufe aus %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to print.</source>
        <translation>Bereit zum Drucken.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 geschrieben (%n Seite).</numerusform>
            <numerusform>%1 geschrieben (%n Seiten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>mitgeliefert</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>eigene</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>Andere Datei…</translation>
    </message>
    <message>
        <source>As in the statistics panel: %1</source>
        <translation>Wie im Statistikbereich: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n Lauf</numerusform>
            <numerusform>%n Läufe</numerusform>
        </translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Reading the baseline %1…</source>
        <translation>Lese die Baseline %1…</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Sessions and results (*.perfdeck *.json);;All files (*)</source>
        <translation>Sitzungen und Ergebnisse (*.perfdeck *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>statistics panel baseline (%1)</source>
        <translation>Baseline des Statistikbereichs (%1)</translation>
    </message>
    <message>
        <source>Report File</source>
        <translation>Berichtsdatei</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html);;Markdown (*.md);;Text (*.txt);;CSV (*.csv)</source>
        <translation>PDF (*.pdf);;HTML (*.html);;Markdown (*.md);;Text (*.txt);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>The output file&apos;s extension picks the format: .pdf, .html, .md, .txt or .csv.</source>
        <translation>Die Endung der Ausgabedatei wählt das Format: .pdf, .html, .md, .txt oder .csv.</translation>
    </message>
    <message>
        <source>Perfdeck report</source>
        <translation>Perfdeck-Bericht</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Druckvorschau</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>An %1 gesendet.</translation>
    </message>
    <message>
        <source>Nothing to print yet: the report is still being rendered.</source>
        <translation>Noch nichts zu drucken: der Bericht wird noch erzeugt.</translation>
    </message>
</context>
<context>
    <name>Perfdeck::ReportJob</name>
    <message>
        <source>Computing statistics</source>
        <translation>Berechne Statistik</translation>
    </message>
    <message>
        <source>Rendering %1</source>
        <translation>Rendere %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>Schreibe %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>Perfdeck::RunPanel</name>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Request/response (both ways)</source>
        <translation>Anfrage/Antwort (beide Richtungen)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>95 %</source>
        <translation>95 %</translation>
    </message>
    <message>
        <source>99 %</source>
        <translation>99 %</translation>
    </message>
    <message>
        <source>Local netserver (127.0.0.1)</source>
        <translation>Lokaler netserver (127.0.0.1)</translation>
    </message>
    <message>
        <source>Local iperf3 server (127.0.0.1)</source>
        <translation>Lokaler iperf3-Server (127.0.0.1)</translation>
    </message>
    <message>
        <source>netserver started by Perfdeck</source>
        <translation>von Perfdeck gestarteter netserver</translation>
    </message>
    <message>
        <source>iperf3 server started by Perfdeck</source>
        <translation>von Perfdeck gestarteter iperf3-Server</translation>
    </message>
    <message>
        <source>Perfdeck starts its own netserver on 127.0.0.1 on a free port: works on any machine with netperf installed.</source>
        <translation>Perfdeck startet einen eigenen netserver auf 127.0.0.1 auf einem freien Port: funktioniert auf jedem Rechner mit installiertem netperf.</translation>
    </message>
    <message>
        <source>Perfdeck starts its own iperf3 server on 127.0.0.1 on a free port: works on any machine with iperf3 installed.</source>
        <translation>Perfdeck startet einen eigenen iperf3-Server auf 127.0.0.1 auf einem freien Port: funktioniert auf jedem Rechner mit installiertem iperf3.</translation>
    </message>
    <message>
        <source>netperf runs one stream per process: N streams start N netperf processes together, reported as instances of one test</source>
        <translation>netperf führt einen Stream je Prozess aus: N Streams starten N netperf-Prozesse gemeinsam, gemeldet als Instanzen eines Tests</translation>
    </message>
    <message>
        <source>Parallel streams (iperf3 -P)</source>
        <translation>Parallele Streams (iperf3 -P)</translation>
    </message>
    <message>
        <source>not with netperf</source>
        <translation>nicht mit netperf</translation>
    </message>
    <message>
        <source>1M (iperf3 default for UDP)</source>
        <translation>1M (iperf3-Standard für UDP)</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Host: enter a server name or address, or tick &quot;%1&quot;.</source>
        <translation>Host: geben Sie einen Servernamen oder eine Adresse ein oder haken Sie &quot;%1&quot; an.</translation>
    </message>
    <message>
        <source>Bitrate: &quot;%1&quot; is not a rate; write for example 100M, 1.5G or 64k.</source>
        <translation>Bitrate: &quot;%1&quot; ist keine Rate; schreiben Sie zum Beispiel 100M, 1.5G oder 64k.</translation>
    </message>
    <message>
        <source>DSCP: &quot;%1&quot; is not a DSCP class (EF, AF41, CS1...) or a number 0-63.</source>
        <translation>DSCP: &quot;%1&quot; ist keine DSCP-Klasse (EF, AF41, CS1...) und keine Zahl 0-63.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a size; write for example 128K, 4M or 1460.</source>
        <translation>%1: &quot;%2&quot; ist keine Größe; schreiben Sie zum Beispiel 128K, 4M oder 1460.</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>%1 (not offered by the inventory)</source>
        <translation>%1 (vom Inventar nicht angeboten)</translation>
    </message>
    <message>
        <source>%1: the inventory does not allow %2 as a %3 (its roles, Hosts dock).</source>
        <translation>%1: das Inventar erlaubt %2 nicht als %3 (seine Rollen, Hosts-Dock).</translation>
    </message>
    <message>
        <source>client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>%1: %2 is not in the inventory; add it in the Hosts dock or pick another host.</source>
        <translation>%1: %2 ist nicht im Inventar; fügen Sie ihn im Hosts-Dock hinzu oder wählen Sie einen anderen Host.</translation>
    </message>
    <message>
        <source>Bitrate: %1</source>
        <translation>Bitrate: %1</translation>
    </message>
    <message>
        <source>Not a rate (100M, 1.5G, 64k) nor a pattern (ramp:10M..100M/10s).</source>
        <translation>Weder eine Rate (100M, 1.5G, 64k) noch ein Muster (ramp:10M..100M/10s).</translation>
    </message>
    <message>
        <source>Si&amp;zes:</source>
        <translation>&amp;Größen:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>Län&amp;ge:</translation>
    </message>
    <message>
        <source>1 byte each way</source>
        <translation>1 Byte je Richtung</translation>
    </message>
    <message>
        <source>tool default</source>
        <translation>Standard des Werkzeugs</translation>
    </message>
    <message>
        <source>Request and response size of each transaction, for example 64 or 64,1024 (netperf -r); without a response size it is the request&apos;s.</source>
        <translation>Anfrage- und Antwortgröße jeder Transaktion, zum Beispiel 64 oder 64,1024 (netperf -r); ohne Antwortgröße gilt die der Anfrage.</translation>
    </message>
    <message>
        <source>Buffer (TCP) or datagram (UDP) size, for example 128K or 1460 (iperf3 -l, netperf -m).</source>
        <translation>Puffer- (TCP) oder Datagrammgröße (UDP), zum Beispiel 128K oder 1460 (iperf3 -l, netperf -m).</translation>
    </message>
    <message>
        <source>Sizes: &quot;%1&quot; is not a request size or request,response sizes; write for example 64 or 64,1024.</source>
        <translation>Größen: &quot;%1&quot; ist weder eine Anfragegröße noch ein Paar Anfrage,Antwort; schreiben Sie zum Beispiel 64 oder 64,1024.</translation>
    </message>
    <message>
        <source>Pattern: up to %1, repeating every %2 s; UDP datagrams paced by perfdeck-probe.</source>
        <translation>Muster: bis %1, Wiederholung alle %2 s; UDP-Datagramme von perfdeck-probe getaktet.</translation>
    </message>
    <message>
        <source>Pattern: up to %1, repeating every %2 s; TCP runs one iperf3 test per phase (whole seconds).</source>
        <translation>Muster: bis %1, Wiederholung alle %2 s; TCP führt je Phase einen iperf3-Test aus (ganze Sekunden).</translation>
    </message>
    <message>
        <source>A UDP traffic pattern is sent by perfdeck-probe, which paces its datagrams to the pattern; iperf3 sends everything else.</source>
        <translation>Ein UDP-Verkehrsmuster sendet perfdeck-probe, das seine Datagramme nach dem Muster taktet; alles andere sendet iperf3.</translation>
    </message>
</context>
<context>
    <name>Perfdeck::RunTableModel</name>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>Request/response</source>
        <translation>Anfrage/Antwort</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Bidirectional</source>
        <translation>Bidirektional</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>embedded (127.0.0.1)</source>
        <translation>eingebettet (127.0.0.1)</translation>
    </message>
    <message>
        <source>embedded (%1)</source>
        <translation>eingebettet (%1)</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 trans/s</source>
        <translation>%1 Trans./s</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>CPU (local / remote)</source>
        <translation>CPU (lokal / entfernt)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Streams</source>
        <translation>Streams</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Retransmits</source>
        <translation>Retransmits</translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation>Jitter</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>ICMP</source>
        <translation>ICMP</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Hin und zurück</translation>
    </message>
    <message>
        <source>Resources:</source>
        <translation>Ressourcen:</translation>
    </message>
    <message>
        <source>  %1 %2 on %3: CPU mean %4, p90 %5, max %6; RSS max %7</source>
        <translation>  %1 %2 auf %3: CPU-Mittel %4, p90 %5, max. %6; RSS max. %7</translation>
    </message>
    <message>
        <source>  %1 on %2: rx mean %3, tx mean %4</source>
        <translation>  %1 auf %2: rx-Mittel %3, tx-Mittel %4</translation>
    </message>
    <message>
        <source>, utilisation max %1</source>
        <translation>, Auslastung max. %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: checking…</source>
        <translation>%1: wird geprüft…</translation>
    </message>
    <message>
        <source>Marked; no probe checked what arrived (tick Check beside the DSCP field)</source>
        <translation>Markiert; keine Probe prüfte, was ankam (Verifizieren neben dem DSCP-Feld ankreuzen)</translation>
    </message>
    <message>
        <source>Sent as %1, arrived as %2 (a perfdeck-probe flow of the class beside the test)</source>
        <translation>Gesendet als %1, angekommen als %2 (ein perfdeck-probe-Flow der Klasse neben dem Test)</translation>
    </message>
    <message>
        <source>DSCP</source>
        <translation>DSCP</translation>
    </message>
</context>
<context>
    <name>Perfdeck::SecretDialog</name>
    <message>
        <source>SSH Password</source>
        <translation>SSH-Passwort</translation>
    </message>
    <message>
        <source>Key Passphrase</source>
        <translation>Schlüssel-Passphrase</translation>
    </message>
    <message>
        <source>The previous answer was not accepted (attempt %1 of 3).</source>
        <translation>Die vorherige Antwort wurde nicht akzeptiert (Versuch %1 von 3).</translation>
    </message>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>Im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>Stored in the desktop&apos;s keychain (Secret Service) once the login worked; never in a file or the session. Perfdeck then connects without asking.</source>
        <translation>Im Schlüsselbund des Desktops (Secret Service) gespeichert, sobald die Anmeldung gelang; nie in einer Datei oder der Sitzung. Perfdeck verbindet sich dann ohne Nachfrage.</translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
</context>
<context>
    <name>Perfdeck::SessionController</name>
    <message>
        <source>Perfdeck sessions (*.perfdeck *.json);;All files (*)</source>
        <translation>Perfdeck-Sitzungen (*.perfdeck *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Another session file operation is still running; try again in a moment.</source>
        <translation>Ein anderer Sitzungsdatei-Vorgang läuft noch; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Could not recover the autosaved session.
%1</source>
        <translation>Die automatisch gespeicherte Sitzung konnte nicht wiederhergestellt werden.
%1</translation>
    </message>
    <message>
        <source>Could not open the session.
%1</source>
        <translation>Die Sitzung konnte nicht geöffnet werden.
%1</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Could not save the session.
%1</source>
        <translation>Die Sitzung konnte nicht gespeichert werden.
%1</translation>
    </message>
</context>
<context>
    <name>Perfdeck::ShapingSection</name>
    <message>
        <source>Shaping</source>
        <translation>Shaping</translation>
    </message>
    <message>
        <source>A token-bucket rate limit seen in this run&apos;s intervals: the initial burst above the sustained rate, and whether the limiter queues (shaper) or drops (policer). Best with 0.1 s intervals and a reverse run; the &apos;shaping&apos; profile runs such tests. &apos;perfdeck-cli shaping&apos; prints the same.</source>
        <translation>Eine Token-Bucket-Ratenbegrenzung, in den Intervallen dieses Laufs gesehen: der anfängliche Burst über der dauerhaften Rate und ob der Begrenzer einreiht (Shaper) oder verwirft (Policer). Am besten mit 0,1-s-Intervallen und einem Lauf in Gegenrichtung; das Profil &apos;shaping&apos; führt solche Tests aus. &apos;perfdeck-cli shaping&apos; gibt dasselbe aus.</translation>
    </message>
    <message>
        <source>Cannot tell</source>
        <translation>Nicht feststellbar</translation>
    </message>
    <message>
        <source>Rate-limited by a policer (confidence %1)</source>
        <translation>Ratenbegrenzt durch einen Policer (Konfidenz %1)</translation>
    </message>
    <message>
        <source>Rate-limited by a shaper (confidence %1)</source>
        <translation>Ratenbegrenzt durch einen Shaper (Konfidenz %1)</translation>
    </message>
    <message>
        <source>Not shaped (confidence %1)</source>
        <translation>Nicht geformt (Konfidenz %1)</translation>
    </message>
    <message>
        <source>Sustained %1</source>
        <translation>Dauerhaft %1</translation>
    </message>
    <message>
        <source> (%1 in Ethernet frames)</source>
        <translation> (%1 in Ethernet-Frames)</translation>
    </message>
    <message>
        <source>burst %1 in %2 s at %3</source>
        <translation>Burst %1 in %2 s bei %3</translation>
    </message>
    <message>
        <source>intervals used: %1, the sender&apos;s</source>
        <translation>verwendete Intervalle: %1, die des Senders</translation>
    </message>
    <message>
        <source>intervals used: %1, the receiver&apos;s</source>
        <translation>verwendete Intervalle: %1, die des Empfängers</translation>
    </message>
</context>
<context>
    <name>Perfdeck::SshPrompter</name>
    <message>
        <source>%1: stored in the keychain</source>
        <translation>%1: im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>%1: not stored in the keychain (%2)</source>
        <translation>%1: nicht im Schlüsselbund gespeichert (%2)</translation>
    </message>
    <message>
        <source>Host Key Changed</source>
        <translation>Host-Schlüssel geändert</translation>
    </message>
    <message>
        <source>The connection was refused because the host key changed.</source>
        <translation>Die Verbindung wurde abgelehnt, weil sich der Host-Schlüssel geändert hat.</translation>
    </message>
</context>
<context>
    <name>Perfdeck::StatisticsCharts</name>
    <message>
        <source>Mean</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Outlier</source>
        <translation>Ausreißer</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Ausgeschlossen</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message numerus="yes">
        <source>Histogram, %n bin(s) (Freedman-Diaconis)</source>
        <translation>
            <numerusform>Histogramm, %n Klasse (Freedman-Diaconis)</numerusform>
            <numerusform>Histogramm, %n Klassen (Freedman-Diaconis)</numerusform>
        </translation>
    </message>
    <message>
        <source>Box plot</source>
        <translation>Boxplot</translation>
    </message>
    <message>
        <source>%1 CI</source>
        <comment>legend: the confidence interval of the mean</comment>
        <translation>%1-KI</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
</context>
<context>
    <name>Perfdeck::StatisticsController</name>
    <message numerus="yes">
        <source>%n run(s) like %1: %2</source>
        <translation>
            <numerusform>%n Lauf wie %1: %2</numerusform>
            <numerusform>%n Läufe wie %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (no selection; %n other run(s) left out)</source>
        <translation>
            <numerusform> (keine Auswahl; %n anderer Lauf ausgelassen)</numerusform>
            <numerusform> (keine Auswahl; %n andere Läufe ausgelassen)</numerusform>
        </translation>
    </message>
    <message>
        <source> (no selection)</source>
        <translation> (keine Auswahl)</translation>
    </message>
    <message>
        <source>%1 (partial)</source>
        <translation>%1 (teilweise)</translation>
    </message>
    <message>
        <source>%1 (error)</source>
        <translation>%1 (Fehler)</translation>
    </message>
    <message>
        <source>%1 (no %2)</source>
        <translation>%1 (kein %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) selected</source>
        <translation>
            <numerusform>%n Lauf ausgewählt</numerusform>
            <numerusform>%n Läufe ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n partial (stopped early, used)</source>
        <translation>
            <numerusform>; %n teilweise (früh gestoppt, verwendet)</numerusform>
            <numerusform>; %n teilweise (früh gestoppt, verwendet)</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a run to see its intervals.</source>
        <translation>Wählen Sie einen Lauf, um seine Intervalle zu sehen.</translation>
    </message>
    <message>
        <source>No selected run has intervals.</source>
        <translation>Kein ausgewählter Lauf hat Intervalle.</translation>
    </message>
    <message>
        <source>Intervals of run %1</source>
        <translation>Intervalle von Lauf %1</translation>
    </message>
    <message>
        <source> (partial: stopped early)</source>
        <translation> (teilweise: früh gestoppt)</translation>
    </message>
    <message numerus="yes">
        <source> (the first of %n selected runs)</source>
        <translation>
            <numerusform> (der erste von %n ausgewählten Lauf)</numerusform>
            <numerusform> (der erste von %n ausgewählten Läufen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n omitted interval(s)</source>
        <translation>
            <numerusform>%n ausgelassenes Intervall</numerusform>
            <numerusform>%n ausgelassene Intervalle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interval(s) without %1</source>
        <translation>
            <numerusform>%n Intervall ohne %1</numerusform>
            <numerusform>%n Intervalle ohne %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n skipped: %1</source>
        <translation>
            <numerusform>; %n übersprungen: %1</numerusform>
            <numerusform>; %n übersprungen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the selection mixes unlike runs: %1</source>
        <translation>die Auswahl mischt ungleiche Läufe: %1</translation>
    </message>
    <message>
        <source>Reading the baseline file…</source>
        <translation>Lese die Baseline-Datei…</translation>
    </message>
    <message>
        <source>The baseline runs are not available.</source>
        <translation>Die Baseline-Läufe sind nicht verfügbar.</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n Lauf</numerusform>
            <numerusform>%n Läufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interval(s) of %1</source>
        <translation>
            <numerusform>%n Intervall von %1</numerusform>
            <numerusform>%n Intervalle von %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n skipped</source>
        <translation>
            <numerusform>, %n übersprungen</numerusform>
            <numerusform>, %n übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The baseline has %n value(s); a comparison needs at least 2. Choose several runs, or compare intervals (per-interval mode).</source>
        <translation>
            <numerusform>Die Baseline hat %n Wert; ein Vergleich braucht mindestens 2. Wählen Sie mehrere Läufe oder vergleichen Sie Intervalle (Modus je Intervall).</numerusform>
            <numerusform>Die Baseline hat %n Werte; ein Vergleich braucht mindestens 2. Wählen Sie mehrere Läufe oder vergleichen Sie Intervalle (Modus je Intervall).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The baseline has %n interval value(s); a comparison needs at least 2.</source>
        <translation>
            <numerusform>Die Baseline hat %n Intervallwert; ein Vergleich braucht mindestens 2.</numerusform>
            <numerusform>Die Baseline hat %n Intervallwerte; ein Vergleich braucht mindestens 2.</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message numerus="yes">
        <source>All candidates (%n run(s))</source>
        <translation>
            <numerusform>Alle Kandidaten (%n Lauf)</numerusform>
            <numerusform>Alle Kandidaten (%n Läufe)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n run(s))</source>
        <translation>
            <numerusform>%1 (%n Lauf)</numerusform>
            <numerusform>%1 (%n Läufe)</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n run(s), file)</source>
        <translation>
            <numerusform>%1 (%n Lauf, Datei)</numerusform>
            <numerusform>%1 (%n Läufe, Datei)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (not usable)</source>
        <translation>%1 (nicht verwendbar)</translation>
    </message>
    <message>
        <source>%1 (not available)</source>
        <translation>%1 (nicht verfügbar)</translation>
    </message>
    <message>
        <source>%1: no runs in this document, nothing to compare with</source>
        <translation>%1: keine Läufe in diesem Dokument, nichts zum Vergleichen</translation>
    </message>
    <message>
        <source>A comparison needs at least 2 values in the selection.</source>
        <translation>Ein Vergleich braucht mindestens 2 Werte in der Auswahl.</translation>
    </message>
    <message>
        <source>Reading the baseline from the history…</source>
        <translation>Lese die Baseline aus dem Verlauf…</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n run(s) (history)</source>
        <translation>
            <numerusform>%1, %n Lauf (Verlauf)</numerusform>
            <numerusform>%1, %n Läufe (Verlauf)</numerusform>
        </translation>
    </message>
    <message>
        <source>History runs (not usable)</source>
        <translation>Verlaufsläufe (nicht verwendbar)</translation>
    </message>
    <message>
        <source>No history runs chosen for the baseline.</source>
        <translation>Keine Verlaufsläufe für die Baseline gewählt.</translation>
    </message>
</context>
<context>
    <name>Perfdeck::StatisticsPanel</name>
    <message>
        <source>trans/s</source>
        <translation>Trans./s</translation>
    </message>
    <message>
        <source>Per run</source>
        <translation>Je Lauf</translation>
    </message>
    <message>
        <source>Per interval (one run)</source>
        <translation>Je Intervall (ein Lauf)</translation>
    </message>
    <message>
        <source>Throughput (bit/s)</source>
        <translation>Durchsatz (bit/s)</translation>
    </message>
    <message>
        <source>Transactions per second</source>
        <translation>Transaktionen pro Sekunde</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source> — computing…</source>
        <translation> — berechne…</translation>
    </message>
    <message>
        <source>Warning: %1.</source>
        <translation>Warnung: %1.</translation>
    </message>
    <message>
        <source>#%1 %2: %3
Click to %4.</source>
        <translation>#%1 %2: %3
Klicken, um %4.</translation>
    </message>
    <message>
        <source>include it again</source>
        <translation>ihn wieder einzuschließen</translation>
    </message>
    <message>
        <source>exclude it</source>
        <translation>ihn auszuschließen</translation>
    </message>
    <message>
        <source>Baseline results document or session</source>
        <translation>Baseline-Ergebnisdokument oder -Sitzung</translation>
    </message>
    <message>
        <source>Results documents and sessions (*.json *.perfdeck);;All files (*)</source>
        <translation>Ergebnisdokumente und Sitzungen (*.json *.perfdeck);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 ± %2 %3</source>
        <translation>%1 ± %2 %3</translation>
    </message>
    <message>
        <source>Mean ± %1 CI:</source>
        <translation>Mittel ± %1-KI:</translation>
    </message>
    <message>
        <source>Bootstrap %1 CI:</source>
        <translation>Bootstrap-%1-KI:</translation>
    </message>
    <message numerus="yes">
        <source>%1 over %n stream(s) (mean rate per stream)</source>
        <translation>
            <numerusform>%1 über %n Stream (mittlere Rate je Stream)</numerusform>
            <numerusform>%1 über %n Streams (mittlere Rate je Stream)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, mean of %n run(s)</source>
        <translation>
            <numerusform>, Mittel von %n Lauf</numerusform>
            <numerusform>, Mittel von %n Läufen</numerusform>
        </translation>
    </message>
    <message>
        <source>No values to analyse.</source>
        <translation>Keine Werte zu analysieren.</translation>
    </message>
    <message>
        <source>No values left: every value is excluded.</source>
        <translation>Keine Werte übrig: jeder Wert ist ausgeschlossen.</translation>
    </message>
    <message numerus="yes">
        <source> (%n excluded)</source>
        <translation>
            <numerusform> (%n ausgeschlossen)</numerusform>
            <numerusform> (%n ausgeschlossen)</numerusform>
        </translation>
    </message>
    <message>
        <source>t interval: %1 … %2</source>
        <translation>t-Intervall: %1 … %2</translation>
    </message>
    <message>
        <source>%1 (no interval from one value)</source>
        <translation>%1 (kein Intervall aus einem Wert)</translation>
    </message>
    <message>
        <source>%1 … %2 (%3, %4 resamples)</source>
        <translation>%1 … %2 (%3, %4 Resamples)</translation>
    </message>
    <message>
        <source>BCa</source>
        <translation>BCa</translation>
    </message>
    <message>
        <source>percentile</source>
        <translation>Perzentil</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1: %2 = %3, p = %4 — %5</source>
        <translation>%1: %2 = %3, p = %4 — %5</translation>
    </message>
    <message>
        <source>Shapiro-Wilk</source>
        <translation>Shapiro-Wilk</translation>
    </message>
    <message>
        <source>D&apos;Agostino-Pearson</source>
        <translation>D&apos;Agostino-Pearson</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>K²</source>
        <translation>K²</translation>
    </message>
    <message>
        <source>looks normal</source>
        <translation>wirkt normalverteilt</translation>
    </message>
    <message>
        <source>not normal</source>
        <translation>nicht normalverteilt</translation>
    </message>
    <message>
        <source>p ≥ %1: no evidence against normality at %2 confidence</source>
        <translation>p ≥ %1: kein Hinweis gegen Normalverteilung bei %2 Konfidenz</translation>
    </message>
    <message>
        <source>p &lt; %1: the values are unlikely to come from a normal distribution; prefer the bootstrap interval and Mann-Whitney U</source>
        <translation>p &lt; %1: die Werte stammen wahrscheinlich nicht aus einer Normalverteilung; bevorzugen Sie das Bootstrap-Intervall und Mann-Whitney-U</translation>
    </message>
    <message>
        <source>needs at least 3 values</source>
        <translation>braucht mindestens 3 Werte</translation>
    </message>
    <message>
        <source>%1 0</source>
        <translation>%1 0</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>– (too few values to call one an outlier)</source>
        <translation>– (zu wenige Werte, um einen Ausreißer zu nennen)</translation>
    </message>
    <message>
        <source>IQR</source>
        <translation>IQR</translation>
    </message>
    <message>
        <source>z-score</source>
        <translation>z-Wert</translation>
    </message>
    <message>
        <source>MAD</source>
        <translation>MAD</translation>
    </message>
    <message>
        <source>IQR: beyond 1.5 IQR from the quartiles; z-score: |z| &gt; 3; MAD: modified z-score &gt; 3.5. #k is the position in the values chart.</source>
        <translation>IQR: mehr als 1,5 IQR außerhalb der Quartile; z-Wert: |z| &gt; 3; MAD: modifizierter z-Wert &gt; 3,5. #k ist die Position im Wertediagramm.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Choose a baseline to compare with.</source>
        <translation>Wählen Sie eine Baseline zum Vergleich.</translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No comparison.</source>
        <translation>Kein Vergleich.</translation>
    </message>
    <message>
        <source>%1%2 % of the mean</source>
        <translation>%1%2 % des Mittels</translation>
    </message>
    <message>
        <source>t = %1, df = %2, p = %3</source>
        <translation>t = %1, df = %2, p = %3</translation>
    </message>
    <message>
        <source>U = %1, p = %2 (%3)</source>
        <translation>U = %1, p = %2 (%3)</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exakt</translation>
    </message>
    <message>
        <source>normal approximation</source>
        <translation>Normalapproximation</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>Verbessert</translation>
    </message>
    <message>
        <source>Regressed</source>
        <translation>Verschlechtert</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source> (significant at %1 confidence)</source>
        <translation> (signifikant bei %1 Konfidenz)</translation>
    </message>
    <message>
        <source> (no significant difference at %1 confidence)</source>
        <translation> (kein signifikanter Unterschied bei %1 Konfidenz)</translation>
    </message>
    <message>
        <source>Not comparable: %1. %2</source>
        <translation>Nicht vergleichbar: %1. %2</translation>
    </message>
    <message>
        <source>#%1  %2  %3</source>
        <translation>#%1  %2  %3</translation>
    </message>
    <message>
        <source>  (outlier)</source>
        <translation>  (Ausreißer)</translation>
    </message>
    <message>
        <source>  (excluded)</source>
        <translation>  (ausgeschlossen)</translation>
    </message>
    <message>
        <source>All values included.</source>
        <translation>Alle Werte eingeschlossen.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) excluded.</source>
        <translation>
            <numerusform>%n Wert ausgeschlossen.</numerusform>
            <numerusform>%n Werte ausgeschlossen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a point to exclude or include it.</source>
        <translation>Ein Klick auf einen Punkt schließt ihn aus oder wieder ein.</translation>
    </message>
</context>
<context>
    <name>Perfdeck::StatsdPusher</name>
    <message>
        <source>StatsD host %1: %2</source>
        <translation>StatsD-Host %1: %2</translation>
    </message>
    <message>
        <source>StatsD %1: %2</source>
        <translation>StatsD %1: %2</translation>
    </message>
</context>
<context>
    <name>Perfdeck::ThroughputChart</name>
    <message>
        <source>Time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
    <message>
        <source>Throughput (Mbit/s)</source>
        <translation>Durchsatz (Mbit/s)</translation>
    </message>
    <message>
        <source>%1 total</source>
        <translation>%1 gesamt</translation>
    </message>
    <message>
        <source>%1 transactions/s</source>
        <translation>%1 Transaktionen/s</translation>
    </message>
    <message>
        <source>%1 reverse</source>
        <translation>%1 Rückrichtung</translation>
    </message>
    <message>
        <source>%1 reverse stream %2</source>
        <translation>%1 Rückrichtung Stream %2</translation>
    </message>
    <message>
        <source>%1 stream %2</source>
        <translation>%1 Stream %2</translation>
    </message>
    <message>
        <source>billions/s</source>
        <translation>Milliarden/s</translation>
    </message>
    <message>
        <source>millions/s</source>
        <translation>Millionen/s</translation>
    </message>
    <message>
        <source>thousands/s</source>
        <translation>Tausend/s</translation>
    </message>
    <message>
        <source>per s</source>
        <translation>pro s</translation>
    </message>
    <message>
        <source>Transactions (%1)</source>
        <translation>Transaktionen (%1)</translation>
    </message>
    <message>
        <source>Throughput (%1)</source>
        <translation>Durchsatz (%1)</translation>
    </message>
    <message>
        <source>Waiting for the first measurement…</source>
        <translation>Warte auf die erste Messung…</translation>
    </message>
    <message>
        <source>No run to show yet. Press Run to measure, or select runs in the results table to compare them.</source>
        <translation>Noch kein Lauf zum Anzeigen. Drücken Sie Ausführen, um zu messen, oder wählen Sie Läufe in der Ergebnistabelle, um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>Could not write the image %1.</source>
        <translation>Das Bild %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Perfdeck throughput</source>
        <translation>Perfdeck-Durchsatz</translation>
    </message>
    <message>
        <source>Could not write the drawing %1.</source>
        <translation>Die Zeichnung %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 requested</source>
        <translation>%1 verlangt</translation>
    </message>
</context>
<context>
    <name>Perfdeck::WebDashboardServer</name>
    <message>
        <source>--token-file %1: %2</source>
        <translation>--token-file %1: %2</translation>
    </message>
    <message>
        <source>--token-file %1: the first line must hold a token of at least 16 characters</source>
        <translation>--token-file %1: die erste Zeile muss ein Token von mindestens 16 Zeichen enthalten</translation>
    </message>
    <message>
        <source>TLS needs both --tls-cert and --tls-key</source>
        <translation>TLS braucht sowohl --tls-cert als auch --tls-key</translation>
    </message>
    <message>
        <source>--tls-cert %1: no PEM certificate could be read</source>
        <translation>--tls-cert %1: es konnte kein PEM-Zertifikat gelesen werden</translation>
    </message>
    <message>
        <source>--tls-key %1: %2</source>
        <translation>--tls-key %1: %2</translation>
    </message>
    <message>
        <source>--tls-key %1: no unencrypted PEM private key could be read</source>
        <translation>--tls-key %1: es konnte kein unverschlüsselter privater PEM-Schlüssel gelesen werden</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>kann nicht auf %1 lauschen: %2</translation>
    </message>
    <message>
        <source>Host &apos;%1&apos; is not this server&apos;s address</source>
        <translation>Host &apos;%1&apos; ist nicht die Adresse dieses Servers</translation>
    </message>
    <message>
        <source>only GET here</source>
        <translation>hier nur GET</translation>
    </message>
    <message>
        <source>this needs the bearer token printed when the server started</source>
        <translation>dies braucht das Bearer-Token, das beim Start des Servers ausgegeben wurde</translation>
    </message>
    <message>
        <source>reading needs the bearer token when the server is not on loopback</source>
        <translation>Lesen braucht das Bearer-Token, wenn der Server nicht auf Loopback läuft</translation>
    </message>
    <message>
        <source>requests from another origin are refused</source>
        <translation>Anfragen von einem anderen Ursprung werden abgelehnt</translation>
    </message>
    <message>
        <source>GET or POST</source>
        <translation>GET oder POST</translation>
    </message>
    <message>
        <source>GET or DELETE</source>
        <translation>GET oder DELETE</translation>
    </message>
    <message>
        <source>no such API: %1</source>
        <translation>keine solche API: %1</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>not found: %1</source>
        <translation>nicht gefunden: %1</translation>
    </message>
    <message>
        <source>resource %1 missing from the build</source>
        <translation>Ressource %1 fehlt im Build</translation>
    </message>
    <message>
        <source>target &apos;%1&apos; is not allowed: the embedded loopback server (no &quot;host&quot;) or an inventory host</source>
        <translation>Ziel &apos;%1&apos; ist nicht erlaubt: der eingebettete Loopback-Server (kein &quot;host&quot;) oder ein Inventar-Host</translation>
    </message>
    <message>
        <source>the body must be a JSON object (a test spec as in a session file): %1</source>
        <translation>der Body muss ein JSON-Objekt sein (eine Testspezifikation wie in einer Sitzungsdatei): %1</translation>
    </message>
    <message>
        <source>%1 runs started from the web are still going; stop one first</source>
        <translation>%1 aus dem Web gestartete Läufe laufen noch; stoppen Sie zuerst einen</translation>
    </message>
    <message>
        <source>run requested from %1</source>
        <translation>Lauf angefordert von %1</translation>
    </message>
    <message>
        <source>no run %1</source>
        <translation>kein Lauf %1</translation>
    </message>
    <message>
        <source>run %1 has already ended (%2)</source>
        <translation>Lauf %1 ist bereits beendet (%2)</translation>
    </message>
    <message>
        <source>run %1 cannot be stopped now</source>
        <translation>Lauf %1 kann jetzt nicht gestoppt werden</translation>
    </message>
    <message>
        <source>client or server host &apos;%1&apos;: this dashboard has no inventory (serve with --hosts FILE, or add hosts in the GUI&apos;s Hosts dock)</source>
        <translation>Client- oder Server-Host „%1“: dieses Dashboard hat kein Inventar (serve mit --hosts DATEI starten oder Hosts im Hosts-Dock der GUI hinzufügen)</translation>
    </message>
    <message>
        <source>client or server host: %1</source>
        <translation>Client- oder Server-Host: %1</translation>
    </message>
</context>
<context>
    <name>Perfdeck::WelcomeTour</name>
    <message>
        <source>Run a test</source>
        <translation>Einen Test ausführen</translation>
    </message>
    <message>
        <source>Choose the engine (iperf3 or netperf), the target and the options here, then press Run. With the local server ticked, Perfdeck starts its own server on 127.0.0.1: a first test needs no other machine.</source>
        <translation>Wählen Sie hier die Engine (iperf3 oder netperf), das Ziel und die Optionen, dann drücken Sie Messen. Mit angekreuztem lokalem Server startet Perfdeck einen eigenen Server auf 127.0.0.1: ein erster Test braucht keinen anderen Rechner.</translation>
    </message>
    <message>
        <source>Watch it live</source>
        <translation>Live zusehen</translation>
    </message>
    <message>
        <source>Every running test draws its throughput here as it goes. Finished runs are listed in the results table; select some to compare them here and in Statistics.</source>
        <translation>Jeder laufende Test zeichnet hier fortlaufend seinen Durchsatz. Beendete Läufe stehen in der Ergebnistabelle; wählen Sie einige aus, um sie hier und in der Statistik zu vergleichen.</translation>
    </message>
    <message>
        <source>Your hosts</source>
        <translation>Ihre Hosts</translation>
    </message>
    <message>
        <source>Keep the machines you test here. Add them one by one, or import them from your ~/.ssh/config or an Ansible inventory (Import ssh config…, Import Ansible…). Check tells whether each answers over SSH and has iperf3 and netperf.</source>
        <translation>Verwalten Sie hier die Rechner, die Sie testen. Fügen Sie sie einzeln hinzu oder importieren Sie sie aus Ihrer ~/.ssh/config oder einem Ansible-Inventar (SSH-Konfiguration importieren…, Ansible importieren…). Prüfen zeigt, ob jeder über SSH antwortet und iperf3 und netperf hat.</translation>
    </message>
    <message>
        <source>Plan a matrix</source>
        <translation>Eine Matrix planen</translation>
    </message>
    <message>
        <source>Pick clients, servers and profiles: each cell of the grid is one test, run under the limits you set. Results go to the results table, Statistics and History. Help &gt; Welcome Tour shows this tour again.</source>
        <translation>Wählen Sie Clients, Server und Profile: jede Zelle des Rasters ist ein Test, ausgeführt unter den von Ihnen gesetzten Grenzen. Ergebnisse gehen in die Ergebnistabelle, Statistik und Verlauf. Hilfe &gt; Willkommenstour zeigt diese Tour erneut.</translation>
    </message>
    <message>
        <source>Run a Loopback Test</source>
        <translation>Loopback-Test ausführen</translation>
    </message>
    <message>
        <source>Runs the run panel&apos;s test now and moves on to the chart</source>
        <translation>Führt jetzt den Test des Lauf-Bereichs aus und geht weiter zum Diagramm</translation>
    </message>
    <message>
        <source>Skip Tour</source>
        <translation>Tour überspringen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>RunPanel</name>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Clie&amp;nt:</source>
        <translation>Clie&amp;nt:</translation>
    </message>
    <message>
        <source>The host that runs the client (iperf3 -c, netperf): this machine, or an inventory host reached over SSH (Hosts dock).</source>
        <translation>Der Host, auf dem der Client läuft (iperf3 -c, netperf): dieser Rechner oder ein Inventar-Host, über SSH erreicht (Hosts-Dock).</translation>
    </message>
    <message>
        <source>Perfdeck starts its own iperf3 server on 127.0.0.1 on a free port: works on any machine with iperf3 installed.</source>
        <translation>Perfdeck startet einen eigenen iperf3-Server auf 127.0.0.1 auf einem freien Port: funktioniert auf jedem Rechner mit installiertem iperf3.</translation>
    </message>
    <message>
        <source>Local iperf3 server (127.0.0.1)</source>
        <translation>Lokaler iperf3-Server (127.0.0.1)</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>The host on which Perfdeck starts the server (iperf3 -s, netserver): this machine, or an inventory host reached over SSH (Hosts dock).</source>
        <translation>Der Host, auf dem Perfdeck den Server startet (iperf3 -s, netserver): dieser Rechner oder ein Inventar-Host, über SSH erreicht (Hosts-Dock).</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>server name or address</source>
        <translation>Servername oder Adresse</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>&amp;Engine:</source>
        <translation>&amp;Engine:</translation>
    </message>
    <message>
        <source>iperf3</source>
        <translation>iperf3</translation>
    </message>
    <message>
        <source>netperf</source>
        <translation>netperf</translation>
    </message>
    <message>
        <source>Live from the client&apos;s text</source>
        <translation>Live aus dem Text des Clients</translation>
    </message>
    <message>
        <source>For a server Perfdeck did not start, with iperf3 older than 3.17 (which cannot stream JSON): show samples while the test runs, from iperf3&apos;s text output. Final figures are then rounded to the 3 digits iperf3 prints.</source>
        <translation>Für einen Server, den Perfdeck nicht gestartet hat, mit iperf3 älter als 3.17 (das kein JSON streamen kann): Messwerte während des Tests aus der Textausgabe von iperf3 zeigen. Die Endwerte sind dann auf die 3 Stellen gerundet, die iperf3 ausgibt.</translation>
    </message>
    <message>
        <source>netperf &amp;test:</source>
        <translation>netperf-&amp;Test:</translation>
    </message>
    <message>
        <source>netperf only. Automatic: TCP_STREAM, TCP_MAERTS (receive) or UDP_STREAM from the protocol and direction. RR tests measure transactions per second and latency percentiles.</source>
        <translation>Nur netperf. Automatisch: TCP_STREAM, TCP_MAERTS (empfangen) oder UDP_STREAM aus Protokoll und Richtung. RR-Tests messen Transaktionen pro Sekunde und Latenz-Perzentile.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>P&amp;rotocol:</source>
        <translation>Protoko&amp;ll:</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Richtung:</translation>
    </message>
    <message>
        <source>Send (client to server)</source>
        <translation>Senden (Client → Server)</translation>
    </message>
    <message>
        <source>Receive (server to client, -R)</source>
        <translation>Empfangen (Server → Client, -R)</translation>
    </message>
    <message>
        <source>Bidirectional (--bidir)</source>
        <translation>Bidirektional (--bidir)</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Streams:</source>
        <translation>&amp;Streams:</translation>
    </message>
    <message>
        <source>Parallel streams (iperf3 -P)</source>
        <translation>Parallele Streams (iperf3 -P)</translation>
    </message>
    <message>
        <source>&amp;Bitrate:</source>
        <translation>&amp;Bitrate:</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>DS&amp;CP:</source>
        <translation>DS&amp;CP:</translation>
    </message>
    <message>
        <source>DSCP marking: a class name (EF, AF41, CS1) or a number 0-63. Empty: no marking.</source>
        <translation>DSCP-Markierung: ein Klassenname (EF, AF41, CS1) oder eine Zahl 0-63. Leer: keine Markierung.</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>&amp;Intervall:</translation>
    </message>
    <message>
        <source>Reporting interval (iperf3 -i)</source>
        <translation>Berichtsintervall (iperf3 -i)</translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>&amp;Omit first:</source>
        <translation>A&amp;uslassen:</translation>
    </message>
    <message>
        <source>Seconds at the start left out of the results, to skip TCP slow start (iperf3 -O). iperf3 only.</source>
        <translation>Sekunden am Anfang, die aus den Ergebnissen herausbleiben, um den TCP Slow Start zu überspringen (iperf3 -O). Nur iperf3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>Län&amp;ge:</translation>
    </message>
    <message>
        <source>Buffer (TCP) or datagram (UDP) size, for example 128K or 1460 (iperf3 -l, netperf -m).</source>
        <translation>Puffer- (TCP) oder Datagrammgröße (UDP), zum Beispiel 128K oder 1460 (iperf3 -l, netperf -m).</translation>
    </message>
    <message>
        <source>tool default</source>
        <translation>Standard des Werkzeugs</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Fenster:</translation>
    </message>
    <message>
        <source>Socket buffer size, for example 4M (iperf3 -w, netperf -s/-S).</source>
        <translation>Socket-Puffergröße, zum Beispiel 4M (iperf3 -w, netperf -s/-S).</translation>
    </message>
    <message>
        <source>system default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>&amp;Congestion:</source>
        <translation>&amp;Überlast:</translation>
    </message>
    <message>
        <source>TCP congestion control algorithm, for example cubic or bbr (iperf3 -C, netperf -K).</source>
        <translation>TCP-Algorithmus zur Überlastregelung, zum Beispiel cubic oder bbr (iperf3 -C, netperf -K).</translation>
    </message>
    <message>
        <source>Con&amp;fidence:</source>
        <translation>&amp;Konfidenz:</translation>
    </message>
    <message>
        <source>netperf repeats the test until the result lies within the interval at this confidence level (-I LEVEL,WIDTH -i MAX,3). netperf only.</source>
        <translation>netperf wiederholt den Test, bis das Ergebnis bei diesem Konfidenzniveau innerhalb des Intervalls liegt (-I LEVEL,WIDTH -i MAX,3). Nur netperf.</translation>
    </message>
    <message>
        <source>Width of the confidence interval, in percent of the result.</source>
        <translation>Breite des Konfidenzintervalls, in Prozent des Ergebnisses.</translation>
    </message>
    <message>
        <source>± </source>
        <translation>± </translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Iterations:</source>
        <translation>Iter&amp;ationen:</translation>
    </message>
    <message>
        <source>At most this many iterations (netperf -i MAX,3).</source>
        <translation>Höchstens so viele Iterationen (netperf -i MAX,3).</translation>
    </message>
    <message>
        <source> max</source>
        <translation> max.</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Messen</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Sto&amp;pp</translation>
    </message>
    <message>
        <source>Target bitrate (iperf3 -b), for example 100M or 1.5G, or a traffic pattern the rate follows: ramp:10M..100M/10s, onoff:50M,1s,2s, sine:50M,20M,4s, steps:10M/2s,40M/2s. Empty: unlimited for TCP, 1 Mbit/s for UDP.</source>
        <translation>Ziel-Bitrate (iperf3 -b), zum Beispiel 100M oder 1.5G, oder ein Verkehrsmuster, dem die Rate folgt: ramp:10M..100M/10s, onoff:50M,1s,2s, sine:50M,20M,4s, steps:10M/2s,40M/2s. Leer: unbegrenzt für TCP, 1 Mbit/s für UDP.</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>Verifi&amp;zieren</translation>
    </message>
    <message>
        <source>Check whether the marking arrives: a perfdeck-probe flow of the same class runs beside the test (the probe of the qos command) and the DSCP column says what the server end received: kept, remarked or bleached.</source>
        <translation>Prüfen, ob die Markierung ankommt: ein perfdeck-probe-Flow derselben Klasse läuft neben dem Test (die Probe des qos-Befehls), und die DSCP-Spalte zeigt, was die Serverseite empfing: beibehalten, ummarkiert oder gebleicht.</translation>
    </message>
    <message>
        <source>Retr&amp;y up to:</source>
        <translation>Ma&amp;x. Neuversuche:</translation>
    </message>
    <message>
        <source>Start a test again up to this many times, 1 s apart, when it failed before measuring anything for a passing reason (connection refused, server busy, port taken, a lost UDP set-up datagram), as perfdeck-cli run --retries does. Test plans always retry twice.</source>
        <translation>Einen Test bis zu so oft im Abstand von 1 s erneut starten, wenn er aus einem vorübergehenden Grund scheiterte, bevor er etwas gemessen hatte (Verbindung abgelehnt, Server beschäftigt, Port belegt, verlorenes UDP-Einrichtungsdatagramm), wie perfdeck-cli run --retries. Testpläne versuchen es immer zweimal erneut.</translation>
    </message>
</context>
<context>
    <name>StatisticsPanel</name>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>&amp;Values:</source>
        <translation>&amp;Werte:</translation>
    </message>
    <message>
        <source>One value per selected run, or one value per interval of a single run</source>
        <translation>Ein Wert je ausgewähltem Lauf oder ein Wert je Intervall eines einzelnen Laufs</translation>
    </message>
    <message>
        <source>C&amp;onfidence:</source>
        <translation>&amp;Konfidenz:</translation>
    </message>
    <message>
        <source>Confidence level of the intervals, the normality verdict and the baseline verdict</source>
        <translation>Konfidenzniveau der Intervalle, des Normalitätsurteils und des Baseline-Urteils</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Metrik:</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Baseline:</translation>
    </message>
    <message>
        <source>The runs the selection is compared with (Welch t-test and Mann-Whitney U)</source>
        <translation>Die Läufe, mit denen die Auswahl verglichen wird (Welch-t-Test und Mann-Whitney-U)</translation>
    </message>
    <message>
        <source>From &amp;file…</source>
        <translation>Aus &amp;Datei…</translation>
    </message>
    <message>
        <source>Use the runs of a results document (perfdeck.results/1) as the baseline</source>
        <translation>Die Läufe eines Ergebnisdokuments (perfdeck.results/1) als Baseline verwenden</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Values (n):</source>
        <translation>Werte (n):</translation>
    </message>
    <message>
        <source>Mean ± CI:</source>
        <translation>Mittel ± KI:</translation>
    </message>
    <message>
        <source>Bootstrap CI:</source>
        <translation>Bootstrap-KI:</translation>
    </message>
    <message>
        <source>Median:</source>
        <translation>Median:</translation>
    </message>
    <message>
        <source>Std. deviation:</source>
        <translation>Standardabw.:</translation>
    </message>
    <message>
        <source>CoV:</source>
        <translation>VarK:</translation>
    </message>
    <message>
        <source>Min / max:</source>
        <translation>Min / Max:</translation>
    </message>
    <message>
        <source>Normality:</source>
        <translation>Normalität:</translation>
    </message>
    <message>
        <source>Outliers:</source>
        <translation>Ausreißer:</translation>
    </message>
    <message>
        <source>Jain fairness:</source>
        <translation>Jain-Fairness:</translation>
    </message>
    <message>
        <source>Against baseline</source>
        <translation>Gegen Baseline</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Urteil:</translation>
    </message>
    <message>
        <source>Baseline mean:</source>
        <translation>Baseline-Mittel:</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>Änderung:</translation>
    </message>
    <message>
        <source>Welch t-test:</source>
        <translation>Welch-t-Test:</translation>
    </message>
    <message>
        <source>Mann-Whitney U:</source>
        <translation>Mann-Whitney-U:</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Exclude IQR outliers</source>
        <translation>IQR-Ausreißer ausschließen</translation>
    </message>
    <message>
        <source>Exclude every value outside Tukey&apos;s fences (1.5 IQR beyond the quartiles)</source>
        <translation>Jeden Wert außerhalb der Tukey-Zäune ausschließen (1,5 IQR jenseits der Quartile)</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Include every value again</source>
        <translation>Alle Werte wieder einschließen</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Verteilung</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Uncheck a value to leave it out of the analysis</source>
        <translation>Einen Wert abhaken, um ihn aus der Analyse zu lassen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Network performance workbench for iperf3 and netperf</source>
        <translation>Netzwerk-Leistungswerkbank für iperf3 und netperf</translation>
    </message>
    <message>
        <source>A session to open, or results to import (iperf3 JSON, netperf output, flent files).</source>
        <translation>Eine zu öffnende Sitzung oder zu importierende Ergebnisse (iperf3-JSON, netperf-Ausgabe, flent-Dateien).</translation>
    </message>
</context>
</TS>
