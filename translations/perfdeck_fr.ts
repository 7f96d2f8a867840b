<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>MainWindow</name>
    <message>
        <source>Perfdeck</source>
        <translation>Perfdeck</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Sessions &amp;récentes</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;xécuter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>&amp;New Session</source>
        <translation>&amp;Nouvelle session</translation>
    </message>
    <message>
        <source>&amp;Open Session…</source>
        <translation>&amp;Ouvrir une session…</translation>
    </message>
    <message>
        <source>&amp;Save Session</source>
        <translation>&amp;Enregistrer la session</translation>
    </message>
    <message>
        <source>Save Session &amp;As…</source>
        <translation>Enregistrer la session &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Sessions</source>
        <translation>&amp;Effacer les sessions récentes</translation>
    </message>
    <message>
        <source>Export Selected Runs as &amp;CSV…</source>
        <translation>Exporter les exécutions sélectionnées en &amp;CSV…</translation>
    </message>
    <message>
        <source>Write the intervals of the selected runs (all runs if none is selected) to a CSV file</source>
        <translation>Écrire les intervalles des exécutions sélectionnées (toutes si aucune n&apos;est sélectionnée) dans un fichier CSV</translation>
    </message>
    <message>
        <source>Export Selected Runs as &amp;JSON…</source>
        <translation>Exporter les exécutions sélectionnées en &amp;JSON…</translation>
    </message>
    <message>
        <source>Write the selected runs (all runs if none is selected) as a perfdeck.results/1 document</source>
        <translation>Écrire les exécutions sélectionnées (toutes si aucune n&apos;est sélectionnée) dans un document perfdeck.results/1</translation>
    </message>
    <message>
        <source>Export Chart as &amp;PNG…</source>
        <translation>Exporter le graphique en &amp;PNG…</translation>
    </message>
    <message>
        <source>&amp;Import Results…</source>
        <translation>&amp;Importer des résultats…</translation>
    </message>
    <message>
        <source>Add runs from iperf3 JSON (also --json-stream), netperf output or flent files</source>
        <translation>Ajouter des exécutions depuis du JSON iperf3 (aussi --json-stream), une sortie netperf ou des fichiers flent</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Run &amp;Profile…</source>
        <translation>Exécuter un &amp;profil…</translation>
    </message>
    <message>
        <source>Run every test of a shipped or user profile as one batch</source>
        <translation>Exécuter tous les tests d&apos;un profil fourni ou personnel en un seul lot</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Export Chart as S&amp;VG…</source>
        <translation>Exporter le graphique en S&amp;VG…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Run the test set up in the run panel</source>
        <translation>Exécuter le test configuré dans le panneau d&apos;exécution</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Stop the running test; no iperf3 process is left behind</source>
        <translation>Arrêter le test en cours ; aucun processus iperf3 ne reste</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>R&amp;e-run</source>
        <translation>Ré&amp;exécuter</translation>
    </message>
    <message>
        <source>Run the selected run&apos;s test again (the last run&apos;s if none is selected)</source>
        <translation>Relancer le test de l&apos;exécution sélectionnée (celui de la dernière si aucune n&apos;est sélectionnée)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Re&amp;move Selected Runs</source>
        <translation>&amp;Supprimer les exécutions sélectionnées</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Show Per-&amp;Stream Curves</source>
        <translation>Afficher les courbes par &amp;flux</translation>
    </message>
    <message>
        <source>Draw each stream besides the total</source>
        <translation>Tracer chaque flux à côté du total</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Réinitialiser la disposition</translation>
    </message>
    <message>
        <source>&amp;About Perfdeck</source>
        <translation>À &amp;propos de Perfdeck</translation>
    </message>
</context>
<context>
    <name>Perfdeck</name>
    <message>
        <source>not a Perfdeck results document (&quot;format&quot; is &apos;%1&apos;, expected &apos;%2&apos;)</source>
        <translation>pas un document de résultats Perfdeck (&quot;format&quot; vaut &apos;%1&apos;, attendu &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>host &apos;%1&apos; must not start with &apos;-&apos;</source>
        <translation>l&apos;hôte &apos;%1&apos; ne doit pas commencer par &apos;-&apos;</translation>
    </message>
    <message>
        <source>the totals</source>
        <translation>les totaux</translation>
    </message>
    <message>
        <source>the reverse totals</source>
        <translation>les totaux du sens inverse</translation>
    </message>
    <message>
        <source>%1 stream(s) with an impossible socket number (shown as -1)</source>
        <translation>%1 flux avec un numéro de socket impossible (affiché -1)</translation>
    </message>
    <message>
        <source>more impossible values were set to null</source>
        <translation>d&apos;autres valeurs impossibles ont été mises à null</translation>
    </message>
    <message>
        <source>%1: retransmits %2 is impossible (a negative count printed unsigned, esnet/iperf#725); set to null</source>
        <translation>%1 : retransmissions %2 impossible (un nombre négatif affiché non signé, esnet/iperf#725) ; mis à null</translation>
    </message>
    <message>
        <source>%1: a stream&apos;s lost_packets %2 is impossible; set to null</source>
        <translation>%1 : lost_packets %2 d&apos;un flux est impossible ; mis à null</translation>
    </message>
    <message>
        <source>iperf3&apos;s --omit bug, esnet/iperf#412 and #914</source>
        <translation>le bogue --omit d&apos;iperf3, esnet/iperf#412 et #914</translation>
    </message>
    <message>
        <source>UDP packet counters wrap after 2^32 datagrams unless --udp-counters-64bit is used, esnet/iperf#1892</source>
        <translation>les compteurs de paquets UDP débordent après 2^32 datagrammes sauf avec --udp-counters-64bit, esnet/iperf#1892</translation>
    </message>
    <message>
        <source>%1: lost %2/%3 (%4 %) is impossible (%5); loss set to null</source>
        <translation>%1 : perte %2/%3 (%4 %) impossible (%5) ; perte mise à null</translation>
    </message>
    <message>
        <source>unrecognised version output: %1</source>
        <translation>sortie de version non reconnue : %1</translation>
    </message>
    <message>
        <source>iperf3 was not found in PATH; install it (Debian: apt-get install iperf3) or set PERFDECK_IPERF3</source>
        <translation>iperf3 introuvable dans le PATH ; installez-le (Debian : apt-get install iperf3) ou définissez PERFDECK_IPERF3</translation>
    </message>
    <message>
        <source>%1 = %2 is impossible (ignored)</source>
        <translation>%1 = %2 est impossible (ignoré)</translation>
    </message>
    <message>
        <source>not an iperf3 JSON document (the top level is not an object)</source>
        <translation>pas un document JSON iperf3 (le niveau supérieur n&apos;est pas un objet)</translation>
    </message>
    <message>
        <source>not an iperf3 JSON document (no &quot;start&quot; object)</source>
        <translation>pas un document JSON iperf3 (pas d&apos;objet &quot;start&quot;)</translation>
    </message>
    <message>
        <source>not an iperf3 JSON document (no &quot;intervals&quot;, &quot;end&quot; or &quot;error&quot;)</source>
        <translation>pas un document JSON iperf3 (ni &quot;intervals&quot;, ni &quot;end&quot;, ni &quot;error&quot;)</translation>
    </message>
    <message>
        <source>protocol %1 recorded as tcp</source>
        <translation>protocole %1 enregistré comme tcp</translation>
    </message>
    <message>
        <source>no end totals in the document: summary computed from %1 intervals</source>
        <translation>pas de totaux finaux dans le document : résumé calculé sur %1 intervalles</translation>
    </message>
    <message>
        <source>server side of a -R test: the receiver&apos;s totals are not in this document (sent_bps is the sender&apos;s)</source>
        <translation>côté serveur d&apos;un test -R : les totaux du récepteur ne sont pas dans ce document (sent_bps est celui de l&apos;émetteur)</translation>
    </message>
    <message>
        <source>iperf3 reported no results</source>
        <translation>iperf3 n&apos;a rapporté aucun résultat</translation>
    </message>
    <message>
        <source>the test did not finish (no end totals)</source>
        <translation>le test ne s&apos;est pas terminé (pas de totaux finaux)</translation>
    </message>
    <message>
        <source>%1: unexpected end of data (the file looks truncated)</source>
        <translation>%1 : fin de données inattendue (le fichier semble tronqué)</translation>
    </message>
    <message>
        <source>the document is truncated at %1; %2 complete intervals kept</source>
        <translation>le document est tronqué à %1 ; %2 intervalles complets conservés</translation>
    </message>
    <message>
        <source>empty file (iperf3 printed nothing: was it killed before the end?)</source>
        <translation>fichier vide (iperf3 n&apos;a rien affiché : a-t-il été tué avant la fin ?)</translation>
    </message>
    <message>
        <source>iperf3 printed its JSON document twice (a bug of 3.16 and 3.17, esnet/iperf#1688 and #1716); the second copy was ignored</source>
        <translation>iperf3 a affiché son document JSON deux fois (un bogue de 3.16 et 3.17, esnet/iperf#1688 et #1716) ; la seconde copie a été ignorée</translation>
    </message>
    <message>
        <source>a second JSON document follows the first one at %1; only the first was read</source>
        <translation>un second document JSON suit le premier à %1 ; seul le premier a été lu</translation>
    </message>
    <message>
        <source>iperf3 printed text after its JSON (esnet/iperf#1143, #1631): &quot;%1&quot;</source>
        <translation>iperf3 a affiché du texte après son JSON (esnet/iperf#1143, #1631) : &quot;%1&quot;</translation>
    </message>
    <message>
        <source>iperf3 wrote %1 value(s) as nan or inf, which is not JSON (esnet/iperf#613, #826); they are null</source>
        <translation>iperf3 a écrit %1 valeur(s) en nan ou inf, ce qui n&apos;est pas du JSON (esnet/iperf#613, #826) ; elles valent null</translation>
    </message>
    <message>
        <source>netperf runs one stream per test process (got %1 streams); run the test through JobRunner, which starts one netperf per stream</source>
        <translation>netperf exécute un flux par processus de test (%1 flux demandés) ; lancez le test via JobRunner, qui démarre un netperf par flux</translation>
    </message>
    <message>
        <source>install it (Debian: apt-get install netperf from the non-free component, or packaging/install-deps.sh)</source>
        <translation>installez-le (Debian : apt-get install netperf depuis la composante non-free, ou packaging/install-deps.sh)</translation>
    </message>
    <message>
        <source>netperf was not found in PATH; </source>
        <translation>netperf introuvable dans le PATH ; </translation>
    </message>
    <message>
        <source> or set PERFDECK_NETPERF</source>
        <translation> ou définissez PERFDECK_NETPERF</translation>
    </message>
    <message>
        <source>no netserver listening on %1:%2 (start one with `netserver -p %2`, or run without a target for the embedded default)</source>
        <translation>aucun netserver n&apos;écoute sur %1:%2 (lancez-en un avec `netserver -p %2`, ou exécutez sans cible pour le serveur intégré par défaut)</translation>
    </message>
    <message>
        <source>confidence: the result is within +/-%1 % at %2 % confidence after %3 iterations</source>
        <translation>confiance : le résultat est à +/-%1 % près avec %2 % de confiance après %3 itérations</translation>
    </message>
    <message>
        <source> (not the +/-%1 % asked for: run longer or allow more iterations)</source>
        <translation> (pas les +/-%1 % demandés : mesurez plus longtemps ou autorisez plus d&apos;itérations)</translation>
    </message>
    <message>
        <source>%1 interim result(s) were nan or infinite: left out</source>
        <translation>%1 résultat(s) intermédiaire(s) nan ou infini(s) : ignoré(s)</translation>
    </message>
    <message>
        <source>netperf printed %1=%2, which is not a measurement</source>
        <translation>netperf a affiché %1=%2, qui n&apos;est pas une mesure</translation>
    </message>
    <message>
        <source>netperf printed THROUGHPUT=%1 in units &apos;%2&apos;, which give no finite bit rate</source>
        <translation>netperf a affiché THROUGHPUT=%1 en unités &apos;%2&apos;, qui ne donnent aucun débit fini</translation>
    </message>
    <message>
        <source>netperf printed %1=%2 (not a finite number): stored as null</source>
        <translation>netperf a affiché %1=%2 (pas un nombre fini) : enregistré comme null</translation>
    </message>
    <message>
        <source>netperf printed no final result (the test was cut short)</source>
        <translation>netperf n&apos;a affiché aucun résultat final (le test a été interrompu)</translation>
    </message>
    <message>
        <source>no netperf result found (expected netperf&apos;s test banner and its result table, -k or -o output)</source>
        <translation>aucun résultat netperf trouvé (attendu : la bannière de test de netperf et son tableau de résultats, une sortie -k ou -o)</translation>
    </message>
    <message>
        <source>netperf&apos;s banner but no result: the test did not finish (was netperf killed?)</source>
        <translation>bannière netperf mais aucun résultat : le test ne s&apos;est pas terminé (netperf a-t-il été tué ?)</translation>
    </message>
    <message>
        <source>the peer&apos;s address is not known: no test interface</source>
        <translation>l&apos;adresse du pair est inconnue : pas d&apos;interface de test</translation>
    </message>
    <message>
        <source>no route to %1 found</source>
        <translation>aucune route vers %1 trouvée</translation>
    </message>
    <message>
        <source>%1 reports no link speed</source>
        <translation>%1 n&apos;indique aucune vitesse de lien</translation>
    </message>
    <message>
        <source>the host&apos;s answer had no kernel version (not Linux?)</source>
        <translation>la réponse de l&apos;hôte ne contenait pas de version de noyau (pas Linux ?)</translation>
    </message>
    <message>
        <source>environment of %1 not collected: %2</source>
        <translation>environnement de %1 non collecté : %2</translation>
    </message>
    <message>
        <source>iperf3 is not available</source>
        <translation>iperf3 n&apos;est pas disponible</translation>
    </message>
    <message>
        <source>cannot keep the raw output: %1</source>
        <translation>impossible de conserver la sortie brute : %1</translation>
    </message>
    <message>
        <source>unreadable iperf3 output: %1</source>
        <translation>sortie iperf3 illisible : %1</translation>
    </message>
    <message>
        <source>the iperf3 client %1 without a result</source>
        <translation>le client iperf3 %1 sans résultat</translation>
    </message>
    <message>
        <source>cancelled by the user</source>
        <translation>annulé par l&apos;utilisateur</translation>
    </message>
    <message>
        <source>followed from iperf3&apos;s text output: figures are rounded to the 3 significant digits iperf3 prints</source>
        <translation>suivi depuis la sortie texte d&apos;iperf3 : les valeurs sont arrondies aux 3 chiffres significatifs qu&apos;affiche iperf3</translation>
    </message>
    <message>
        <source>the iperf3 client ended without its summary</source>
        <translation>le client iperf3 s&apos;est terminé sans son résumé</translation>
    </message>
    <message>
        <source>iperf3 could not be probed on %1</source>
        <translation>iperf3 n&apos;a pas pu être sondé sur %1</translation>
    </message>
    <message>
        <source>netperf could not be probed on %1</source>
        <translation>netperf n&apos;a pas pu être sondé sur %1</translation>
    </message>
    <message>
        <source>unknown host &apos;%1&apos; (known hosts: %2)</source>
        <translation>hôte inconnu &apos;%1&apos; (hôtes connus : %2)</translation>
    </message>
    <message>
        <source>cancelled by the user before the test started</source>
        <translation>annulé par l&apos;utilisateur avant le début du test</translation>
    </message>
    <message>
        <source>no free port on %1</source>
        <translation>aucun port libre sur %1</translation>
    </message>
    <message>
        <source>timed out after %1 s</source>
        <translation>délai dépassé après %1 s</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>terminé avec le code %1</translation>
    </message>
    <message>
        <source>could not start %1: %2</source>
        <translation>impossible de démarrer %1 : %2</translation>
    </message>
    <message>
        <source>netperf is not available</source>
        <translation>netperf n&apos;est pas disponible</translation>
    </message>
    <message>
        <source>netserver was not found beside %1 nor in PATH; install netperf (packaging/install-deps.sh), set PERFDECK_NETSERVER, or give a --target running netserver</source>
        <translation>netserver introuvable à côté de %1 et dans le PATH ; installez netperf (packaging/install-deps.sh), définissez PERFDECK_NETSERVER ou indiquez une --target où tourne netserver</translation>
    </message>
    <message>
        <source>the netperf client %1</source>
        <translation>le client netperf %1</translation>
    </message>
    <message>
        <source>the netperf client %1 without a result%2</source>
        <translation>le client netperf %1 sans résultat%2</translation>
    </message>
    <message>
        <source> (exit code %1)</source>
        <translation> (code de sortie %1)</translation>
    </message>
    <message>
        <source>netperf exited with code %1 after printing its result</source>
        <translation>netperf s&apos;est terminé avec le code %1 après avoir affiché son résultat</translation>
    </message>
    <message>
        <source>cannot create the start barrier: %1</source>
        <translation>impossible de créer la barrière de démarrage : %1</translation>
    </message>
    <message>
        <source>the %1 on %2:%3 did not start listening within %4 s</source>
        <translation>le %1 sur %2:%3 n&apos;a pas commencé à écouter en %4 s</translation>
    </message>
    <message>
        <source>the port request was cancelled</source>
        <translation>la demande de port a été annulée</translation>
    </message>
    <message>
        <source>no free port on %1 for the %2%3</source>
        <translation>aucun port libre sur %1 pour le %2%3</translation>
    </message>
    <message>
        <source>port %1 is taken, trying another</source>
        <translation>le port %1 est pris, essai d&apos;un autre</translation>
    </message>
    <message>
        <source>the %1 could not start on %2:%3: %4</source>
        <translation>le %1 n&apos;a pas pu démarrer sur %2:%3 : %4</translation>
    </message>
    <message>
        <source>the %1 on %2 ended during the test: %3</source>
        <translation>le %1 sur %2 s&apos;est terminé pendant le test : %3</translation>
    </message>
    <message>
        <source>the %1 ended during the test: %2</source>
        <translation>le %1 s&apos;est terminé pendant le test : %2</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>code de sortie %1</translation>
    </message>
    <message>
        <source>the client on %1 ended: %2</source>
        <translation>le client sur %1 s&apos;est terminé : %2</translation>
    </message>
    <message>
        <source>no response from the %1 at %2:%3 within %4 s</source>
        <translation>aucune réponse du %1 sur %2:%3 en %4 s</translation>
    </message>
    <message>
        <source>: the test never started</source>
        <translation> : le test n&apos;a jamais commencé</translation>
    </message>
    <message>
        <source>the port accepts connections but no %1 answers</source>
        <translation>le port accepte les connexions mais aucun %1 ne répond</translation>
    </message>
    <message>
        <source>nothing listens on that port now</source>
        <translation>plus rien n&apos;écoute sur ce port</translation>
    </message>
    <message>
        <source>connecting to it fails: %1</source>
        <translation>la connexion échoue : %1</translation>
    </message>
    <message>
        <source>connecting to it hangs (are packets dropped on the way?)</source>
        <translation>la connexion reste bloquée (des paquets sont-ils perdus en route ?)</translation>
    </message>
    <message>
        <source>section header &apos;%1&apos; is not [group], [group:vars] or [group:children]</source>
        <translation>l&apos;en-tête de section &apos;%1&apos; n&apos;est pas [group], [group:vars] ni [group:children]</translation>
    </message>
    <message>
        <source>section type &apos;:%1&apos; is unknown (use :vars or :children); section skipped</source>
        <translation>type de section &apos;:%1&apos; inconnu (utilisez :vars ou :children) ; section ignorée</translation>
    </message>
    <message>
        <source>[%1:vars] expects key=value, got &apos;%2&apos;</source>
        <translation>[%1:vars] attend key=value, reçu &apos;%2&apos;</translation>
    </message>
    <message>
        <source>host variable &apos;%1&apos; is not key=value</source>
        <translation>la variable d&apos;hôte &apos;%1&apos; n&apos;est pas key=value</translation>
    </message>
    <message>
        <source>group &apos;%1&apos; must be a map with hosts, vars and children</source>
        <translation>le groupe &apos;%1&apos; doit être une table avec hosts, vars et children</translation>
    </message>
    <message>
        <source>%1.hosts must be a map of host names (each followed by &apos;:&apos;)</source>
        <translation>%1.hosts doit être une table de noms d&apos;hôtes (chacun suivi de &apos;:&apos;)</translation>
    </message>
    <message>
        <source>%1.children must be a map of groups</source>
        <translation>%1.children doit être une table de groupes</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in group &apos;%2&apos; is not hosts, vars or children; skipped</source>
        <translation>&apos;%1&apos; dans le groupe &apos;%2&apos; n&apos;est ni hosts, ni vars, ni children ; ignoré</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>erreur de syntaxe YAML : %1</translation>
    </message>
    <message>
        <source>an Ansible YAML inventory is a map of groups (usually starting with &apos;all:&apos;)</source>
        <translation>un inventaire Ansible YAML est une table de groupes (commençant en général par &apos;all:&apos;)</translation>
    </message>
    <message>
        <source>vault-encrypted variables skipped (decrypt with ansible-vault to import them)</source>
        <translation>variables chiffrées par vault ignorées (déchiffrez-les avec ansible-vault pour les importer)</translation>
    </message>
    <message>
        <source>variables file skipped: YAML syntax error: %1</source>
        <translation>fichier de variables ignoré : erreur de syntaxe YAML : %1</translation>
    </message>
    <message>
        <source>host range in &apos;%1&apos; has no closing &apos;]&apos;</source>
        <translation>la plage d&apos;hôtes dans &apos;%1&apos; n&apos;a pas de &apos;]&apos; fermant</translation>
    </message>
    <message>
        <source>host range &apos;%1&apos; must be [start:end] or [start:end:step]</source>
        <translation>la plage d&apos;hôtes &apos;%1&apos; doit être [start:end] ou [start:end:step]</translation>
    </message>
    <message>
        <source>host range step &apos;%1&apos; must be a positive number</source>
        <translation>le pas &apos;%1&apos; de la plage d&apos;hôtes doit être un nombre positif</translation>
    </message>
    <message>
        <source>host range [%1:%2] is empty or too large</source>
        <translation>la plage d&apos;hôtes [%1:%2] est vide ou trop grande</translation>
    </message>
    <message>
        <source>host range [%1:%2] must be numbers ([01:20]) or single letters ([a:f])</source>
        <translation>la plage d&apos;hôtes [%1:%2] doit être des nombres ([01:20]) ou des lettres seules ([a:f])</translation>
    </message>
    <message>
        <source>cannot read the Ansible inventory: %1</source>
        <translation>impossible de lire l&apos;inventaire Ansible : %1</translation>
    </message>
    <message>
        <source>%1: %2 is a Jinja2 expression (%3) that Perfdeck does not evaluate; left out</source>
        <translation>%1 : %2 est une expression Jinja2 (%3) que Perfdeck n&apos;évalue pas ; ignorée</translation>
    </message>
    <message>
        <source>%1 uses ansible_connection=local: it is this machine, which Perfdeck calls &apos;local&apos;; skipped</source>
        <translation>%1 utilise ansible_connection=local : c&apos;est cette machine, que Perfdeck appelle &apos;local&apos; ; ignoré</translation>
    </message>
    <message>
        <source>host &apos;local&apos; skipped: in Perfdeck &apos;local&apos; is always this machine</source>
        <translation>hôte &apos;local&apos; ignoré : dans Perfdeck, &apos;local&apos; est toujours cette machine</translation>
    </message>
    <message>
        <source>%1: ansible_port &apos;%2&apos; is not a port number; 22 used</source>
        <translation>%1 : ansible_port &apos;%2&apos; n&apos;est pas un numéro de port ; 22 utilisé</translation>
    </message>
    <message>
        <source>%1: the password is not imported (Perfdeck asks for it and can keep it in the keychain)</source>
        <translation>%1 : le mot de passe n&apos;est pas importé (Perfdeck le demande et peut le garder dans le trousseau)</translation>
    </message>
    <message>
        <source>jump host from ansible_ssh_common_args</source>
        <translation>hôte de rebond issu de ansible_ssh_common_args</translation>
    </message>
    <message>
        <source>jump host &apos;%1&apos; added from the ssh arguments of %2</source>
        <translation>hôte de rebond &apos;%1&apos; ajouté depuis les arguments ssh de %2</translation>
    </message>
    <message>
        <source>jump hosts of %1 loop back to it; its jump host &apos;%2&apos; was dropped</source>
        <translation>les hôtes de rebond de %1 reviennent à lui ; son hôte de rebond &apos;%2&apos; a été retiré</translation>
    </message>
    <message>
        <source>this machine (no SSH)</source>
        <translation>cette machine (sans SSH)</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>cette machine</translation>
    </message>
    <message>
        <source>a host needs a name</source>
        <translation>un hôte doit avoir un nom</translation>
    </message>
    <message>
        <source>host name &apos;%1&apos; must not start with &apos;-&apos;</source>
        <translation>le nom d&apos;hôte &apos;%1&apos; ne doit pas commencer par &apos;-&apos;</translation>
    </message>
    <message>
        <source>host name &apos;%1&apos; must not contain white space or commas</source>
        <translation>le nom d&apos;hôte &apos;%1&apos; ne doit contenir ni espaces ni virgules</translation>
    </message>
    <message>
        <source>reached through %1; TCP checked to %2</source>
        <translation>atteint via %1 ; TCP vérifié jusqu&apos;à %2</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>aucune réponse en %1 s</translation>
    </message>
    <message>
        <source> (&apos;perfdeck-cli hosts check --accept-new-host-keys&apos; accepts and saves it)</source>
        <translation> (&apos;perfdeck-cli hosts check --accept-new-host-keys&apos; l&apos;accepte et l&apos;enregistre)</translation>
    </message>
    <message>
        <source>round-trip command failed: %1</source>
        <translation>échec de la commande aller-retour : %1</translation>
    </message>
    <message>
        <source>the tool check did not finish within %1 s</source>
        <translation>la vérification des outils ne s&apos;est pas terminée en %1 s</translation>
    </message>
    <message>
        <source>%1: sudo needs a password there, and Perfdeck runs sudo -n only (it never asks for or stores one). Allow passwordless sudo for the package manager, or run as root: %2</source>
        <translation>%1 : sudo y demande un mot de passe, et Perfdeck n&apos;exécute que sudo -n (il n&apos;en demande ni n&apos;en stocke jamais). Autorisez sudo sans mot de passe pour le gestionnaire de paquets, ou exécutez en root : %2</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation>tué par le signal %1</translation>
    </message>
    <message>
        <source>%1: the host&apos;s answer was cut short</source>
        <translation>%1 : la réponse de l&apos;hôte a été tronquée</translation>
    </message>
    <message>
        <source>%1: no apt-get, dnf or zypper found; install %2 by hand or copy a static binary (--copy LOCAL --to REMOTE_PATH)</source>
        <translation>%1 : ni apt-get, ni dnf, ni zypper trouvé ; installez %2 à la main ou copiez un binaire statique (--copy LOCAL --to REMOTE_PATH)</translation>
    </message>
    <message>
        <source>%1: not logged in as root and sudo is not installed; as root run: %2</source>
        <translation>%1 : pas connecté en root et sudo n&apos;est pas installé ; en root, exécutez : %2</translation>
    </message>
    <message>
        <source>%1: this machine is not deployed to over SSH; install the tools with its package manager</source>
        <translation>%1 : cette machine n&apos;est pas déployée par SSH ; installez les outils avec son gestionnaire de paquets</translation>
    </message>
    <message>
        <source>%1 is still not found on %2 after the install%3</source>
        <translation>%1 reste introuvable sur %2 après l&apos;installation%3</translation>
    </message>
    <message>
        <source> (the inventory names %1)</source>
        <translation> (l&apos;inventaire indique %1)</translation>
    </message>
    <message>
        <source>%1: could not make the folder %2%3</source>
        <translation>%1 : impossible de créer le dossier %2%3</translation>
    </message>
    <message>
        <source>copied to %1</source>
        <translation>copié vers %1</translation>
    </message>
    <message>
        <source>the host&apos;s answer was cut short</source>
        <translation>la réponse de l&apos;hôte a été tronquée</translation>
    </message>
    <message>
        <source>iperf3 not found on the host&apos;s PATH</source>
        <translation>iperf3 introuvable dans le PATH de l&apos;hôte</translation>
    </message>
    <message>
        <source>netserver not found</source>
        <translation>netserver introuvable</translation>
    </message>
    <message>
        <source>no iperf3</source>
        <translation>pas d&apos;iperf3</translation>
    </message>
    <message>
        <source>no netserver</source>
        <translation>pas de netserver</translation>
    </message>
    <message>
        <source>disk nearly full</source>
        <translation>disque presque plein</translation>
    </message>
    <message>
        <source>SSH not checked</source>
        <translation>SSH non vérifié</translation>
    </message>
    <message>
        <source>unknown host &apos;%1&apos;</source>
        <translation>hôte inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source> (did you mean &apos;%1&apos;?)</source>
        <translation> (vouliez-vous dire &apos;%1&apos; ?)</translation>
    </message>
    <message>
        <source>; known hosts: %1</source>
        <translation> ; hôtes connus : %1</translation>
    </message>
    <message>
        <source>duplicate host name &apos;%1&apos;</source>
        <translation>nom d&apos;hôte en double &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;local&apos; is this machine without SSH: it takes no address, user, identity_file or jump</source>
        <translation>&apos;local&apos; est cette machine sans SSH : il ne prend ni address, ni user, ni identity_file, ni jump</translation>
    </message>
    <message>
        <source>host &apos;%1&apos; has no address</source>
        <translation>l&apos;hôte &apos;%1&apos; n&apos;a pas d&apos;adresse</translation>
    </message>
    <message>
        <source>host &apos;%1&apos;: port %2 is not 1-65535</source>
        <translation>hôte &apos;%1&apos; : le port %2 n&apos;est pas dans 1-65535</translation>
    </message>
    <message>
        <source>host &apos;%1&apos; names itself as its jump host</source>
        <translation>l&apos;hôte &apos;%1&apos; se désigne lui-même comme hôte de rebond</translation>
    </message>
    <message>
        <source>host &apos;%1&apos;: &apos;local&apos; cannot be a jump host (it is this machine; leave jump empty)</source>
        <translation>hôte &apos;%1&apos; : &apos;local&apos; ne peut pas être un hôte de rebond (c&apos;est cette machine ; laissez jump vide)</translation>
    </message>
    <message>
        <source>host &apos;%1&apos;: jump host: %2</source>
        <translation>hôte &apos;%1&apos; : hôte de rebond : %2</translation>
    </message>
    <message>
        <source>jump hosts form a cycle: %1</source>
        <translation>les hôtes de rebond forment un cycle : %1</translation>
    </message>
    <message>
        <source>%1 has no value</source>
        <translation>%1 n&apos;a pas de valeur</translation>
    </message>
    <message>
        <source>%1 must be a single value, not a %2</source>
        <translation>%1 doit être une valeur unique, pas un(e) %2</translation>
    </message>
    <message>
        <source>roles: unknown role &apos;%1&apos; (use client, server or both)</source>
        <translation>roles : rôle inconnu &apos;%1&apos; (utilisez client, server ou both)</translation>
    </message>
    <message>
        <source>roles must name client, server or both</source>
        <translation>roles doit indiquer client, server ou both</translation>
    </message>
    <message>
        <source>location must be a map {lat: 48.2, lon: 16.4}</source>
        <translation>location doit être une table {lat: 48.2, lon: 16.4}</translation>
    </message>
    <message>
        <source>location needs both lat and lon</source>
        <translation>location nécessite lat et lon</translation>
    </message>
    <message>
        <source>location.%1 must be a number from -%2 to %2 (got &apos;%3&apos;)</source>
        <translation>location.%1 doit être un nombre de -%2 à %2 (reçu &apos;%3&apos;)</translation>
    </message>
    <message>
        <source>a host must be a map of field: value (name, address, ...)</source>
        <translation>un hôte doit être une table champ: valeur (name, address, ...)</translation>
    </message>
    <message>
        <source>%1: passwords are never stored in an inventory; write &apos;auth: password&apos; and Perfdeck asks (and can keep it in the system keychain)</source>
        <translation>%1 : les mots de passe ne sont jamais stockés dans un inventaire ; écrivez &apos;auth: password&apos; et Perfdeck le demandera (et pourra le garder dans le trousseau du système)</translation>
    </message>
    <message>
        <source>%1 is given twice</source>
        <translation>%1 est indiqué deux fois</translation>
    </message>
    <message>
        <source>%1 and %2 are the same field (%2 is an alias of %1): keep one</source>
        <translation>%1 et %2 sont le même champ (%2 est un alias de %1) : gardez-en un</translation>
    </message>
    <message>
        <source>port must be a number from 1 to 65535 (got &apos;%1&apos;)</source>
        <translation>port doit être un nombre de 1 à 65535 (reçu &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>auth must be agent, key or password (got &apos;%1&apos;)</source>
        <translation>auth doit être agent, key ou password (reçu &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>&apos;local&apos; is this machine, reached without SSH: remove %1 (or give the host another name)</source>
        <translation>&apos;local&apos; est cette machine, atteinte sans SSH : retirez %1 (ou donnez un autre nom à l&apos;hôte)</translation>
    </message>
    <message>
        <source>host &apos;%1&apos; needs an address</source>
        <translation>l&apos;hôte &apos;%1&apos; doit avoir une adresse</translation>
    </message>
    <message>
        <source>the inventory is empty (it needs &apos;format: %1&apos; and &apos;hosts:&apos;)</source>
        <translation>l&apos;inventaire est vide (il faut &apos;format: %1&apos; et &apos;hosts:&apos;)</translation>
    </message>
    <message>
        <source>an inventory is a map with &apos;format: %1&apos; and &apos;hosts:&apos;</source>
        <translation>un inventaire est une table avec &apos;format: %1&apos; et &apos;hosts:&apos;</translation>
    </message>
    <message>
        <source>missing &apos;format: %1&apos; (is this a Perfdeck inventory?)</source>
        <translation>&apos;format: %1&apos; manquant (est-ce un inventaire Perfdeck ?)</translation>
    </message>
    <message>
        <source>format &apos;%1&apos; is not supported by this Perfdeck (it reads %2)</source>
        <translation>le format &apos;%1&apos; n&apos;est pas pris en charge par ce Perfdeck (il lit %2)</translation>
    </message>
    <message>
        <source>format must be &apos;%1&apos; (got &apos;%2&apos;)</source>
        <translation>format doit être &apos;%1&apos; (reçu &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>missing &apos;hosts:&apos; (a list of hosts, each starting with &apos;- name:&apos;)</source>
        <translation>&apos;hosts:&apos; manquant (une liste d&apos;hôtes, chacun commençant par &apos;- name:&apos;)</translation>
    </message>
    <message>
        <source>hosts must be a list of hosts (each starting with &apos;- name:&apos;)</source>
        <translation>hosts doit être une liste d&apos;hôtes (chacun commençant par &apos;- name:&apos;)</translation>
    </message>
    <message>
        <source>duplicate host name &apos;%1&apos; (first at line %2)</source>
        <translation>nom d&apos;hôte en double &apos;%1&apos; (d&apos;abord à la ligne %2)</translation>
    </message>
    <message>
        <source>jump: host &apos;%1&apos; cannot be its own jump host</source>
        <translation>jump : l&apos;hôte &apos;%1&apos; ne peut pas être son propre hôte de rebond</translation>
    </message>
    <message>
        <source>jump: &apos;local&apos; is this machine; leave jump out to connect directly</source>
        <translation>jump : &apos;local&apos; est cette machine ; omettez jump pour vous connecter directement</translation>
    </message>
    <message>
        <source>jump: the jump hosts form a cycle %1</source>
        <translation>jump : les hôtes de rebond forment un cycle %1</translation>
    </message>
    <message>
        <source>cannot read the inventory: %1</source>
        <translation>impossible de lire l&apos;inventaire : %1</translation>
    </message>
    <message>
        <source>cannot read the ssh configuration: %1</source>
        <translation>impossible de lire la configuration ssh : %1</translation>
    </message>
    <message>
        <source>Include loop: %1 is already being read; skipped</source>
        <translation>boucle d&apos;Include : %1 est déjà en cours de lecture ; ignoré</translation>
    </message>
    <message>
        <source>not a &apos;Keyword value&apos; line; skipped</source>
        <translation>pas une ligne &apos;Keyword value&apos; ; ignorée</translation>
    </message>
    <message>
        <source>unbalanced quote; line skipped</source>
        <translation>guillemet non fermé ; ligne ignorée</translation>
    </message>
    <message>
        <source>Host without a pattern; skipped</source>
        <translation>Host sans motif ; ignoré</translation>
    </message>
    <message>
        <source>&apos;Match %1&apos; block skipped: Perfdeck imports Host blocks only; copy what it sets into a Host block to import it</source>
        <translation>bloc &apos;Match %1&apos; ignoré : Perfdeck n&apos;importe que les blocs Host ; copiez ce qu&apos;il définit dans un bloc Host pour l&apos;importer</translation>
    </message>
    <message>
        <source>Include nested too deeply; skipped</source>
        <translation>Include trop imbriqué ; ignoré</translation>
    </message>
    <message>
        <source>Include %1: no such file</source>
        <translation>Include %1 : fichier inexistant</translation>
    </message>
    <message>
        <source>Host &apos;local&apos; skipped: in Perfdeck &apos;local&apos; is always this machine</source>
        <translation>Host &apos;local&apos; ignoré : dans Perfdeck, &apos;local&apos; est toujours cette machine</translation>
    </message>
    <message>
        <source>%1: token %2 kept as written (Perfdeck expands %h, %r, %u, %d, %p, %n, %l and %%)</source>
        <translation>%1 : jeton %2 conservé tel quel (Perfdeck développe %h, %r, %u, %d, %p, %n, %l et %%)</translation>
    </message>
    <message>
        <source>Port &apos;%1&apos; is not a port number; %2 uses 22</source>
        <translation>Port &apos;%1&apos; n&apos;est pas un numéro de port ; %2 utilise 22</translation>
    </message>
    <message>
        <source>ProxyCommand for %1 not imported (Perfdeck goes through jump hosts only: use ProxyJump)</source>
        <translation>ProxyCommand de %1 non importé (Perfdeck ne passe que par des hôtes de rebond : utilisez ProxyJump)</translation>
    </message>
    <message>
        <source>ProxyJump hop &apos;%1&apos; not understood; skipped</source>
        <translation>saut ProxyJump &apos;%1&apos; non compris ; ignoré</translation>
    </message>
    <message>
        <source>jump host from ProxyJump</source>
        <translation>hôte de rebond issu de ProxyJump</translation>
    </message>
    <message>
        <source>jump host &apos;%1&apos; added from ProxyJump %2</source>
        <translation>hôte de rebond &apos;%1&apos; ajouté depuis ProxyJump %2</translation>
    </message>
    <message>
        <source>%1 reached through %2 (ProxyJump %3)</source>
        <translation>%1 atteint via %2 (ProxyJump %3)</translation>
    </message>
    <message>
        <source>jump host &apos;%1&apos; added for the chain %2</source>
        <translation>hôte de rebond &apos;%1&apos; ajouté pour la chaîne %2</translation>
    </message>
    <message>
        <source>ProxyJump of %1 loops back to it; its jump host &apos;%2&apos; was dropped</source>
        <translation>le ProxyJump de %1 revient à lui ; son hôte de rebond &apos;%2&apos; a été retiré</translation>
    </message>
    <message>
        <source>partial: figures cover the %1 s measured before the run ended</source>
        <translation>partiel : les valeurs couvrent les %1 s mesurées avant la fin de l&apos;exécution</translation>
    </message>
    <message>
        <source> (%1 from its intervals)</source>
        <translation> (%1 d&apos;après ses intervalles)</translation>
    </message>
    <message>
        <source>the run does not say which server it measured</source>
        <translation>l&apos;exécution n&apos;indique pas quel serveur elle a mesuré</translation>
    </message>
    <message>
        <source>its server &quot;%1&quot; is not a host[:port]</source>
        <translation>son serveur &quot;%1&quot; n&apos;est pas un host[:port]</translation>
    </message>
    <message>
        <source>%1 %2 on %3 used %4 % of a core: the result may be the host&apos;s limit, not the network&apos;s</source>
        <translation>%1 %2 sur %3 a utilisé %4 % d&apos;un cœur : le résultat peut être la limite de l&apos;hôte, pas celle du réseau</translation>
    </message>
    <message>
        <source>unknown engine &apos;%1&apos;</source>
        <translation>moteur inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown protocol &apos;%1&apos;</source>
        <translation>protocole inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown direction &apos;%1&apos;</source>
        <translation>sens inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos;</source>
        <translation>statut inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>netperf has no bidirectional mode; use iperf3</source>
        <translation>netperf n&apos;a pas de mode bidirectionnel ; utilisez iperf3</translation>
    </message>
    <message>
        <source>unknown netperf test &apos;%1&apos; (use one of %2)</source>
        <translation>test netperf inconnu &apos;%1&apos; (utilisez l&apos;un de %2)</translation>
    </message>
    <message>
        <source>netperf test %1 is a TCP test but UDP was asked for</source>
        <translation>le test netperf %1 est un test TCP mais UDP a été demandé</translation>
    </message>
    <message>
        <source>netperf test %1 has no reverse direction (TCP_MAERTS is the reverse of TCP_STREAM)</source>
        <translation>le test netperf %1 n&apos;a pas de sens inverse (TCP_MAERTS est l&apos;inverse de TCP_STREAM)</translation>
    </message>
    <message>
        <source>netperf cannot limit the bitrate (its -w/-b pacing needs a build with --enable-intervals); use the iperf3 engine for --bitrate</source>
        <translation>netperf ne peut pas limiter le débit (sa cadence -w/-b exige une compilation avec --enable-intervals) ; utilisez le moteur iperf3 pour --bitrate</translation>
    </message>
    <message>
        <source>netperf cannot omit the first seconds of a test; use --omit with iperf3 only</source>
        <translation>netperf ne peut pas omettre les premières secondes d&apos;un test ; utilisez --omit avec iperf3 uniquement</translation>
    </message>
    <message>
        <source>request/response sizes apply to the TCP_RR, TCP_CRR and UDP_RR tests only</source>
        <translation>les tailles requête/réponse ne s&apos;appliquent qu&apos;aux tests TCP_RR, TCP_CRR et UDP_RR</translation>
    </message>
    <message>
        <source>request/response size must be between 1 and %1 bytes (got %2)</source>
        <translation>la taille requête/réponse doit être entre 1 et %1 octets (reçu %2)</translation>
    </message>
    <message>
        <source>confidence level must be 95 or 99 (or 0 for off), got %1</source>
        <translation>le niveau de confiance doit être 95 ou 99 (ou 0 pour désactiver), reçu %1</translation>
    </message>
    <message>
        <source>confidence interval width must be between 0.1 and 50 % (got %1)</source>
        <translation>la largeur de l&apos;intervalle de confiance doit être entre 0,1 et 50 % (reçu %1)</translation>
    </message>
    <message>
        <source>confidence iterations need 1 &lt;= min &lt;= max &lt;= 30 (got min %1, max %2)</source>
        <translation>les itérations de confiance exigent 1 &lt;= min &lt;= max &lt;= 30 (reçu min %1, max %2)</translation>
    </message>
    <message>
        <source>duration must be between 0 and 86400 seconds (got %1)</source>
        <translation>la durée doit être entre 0 et 86400 secondes (reçu %1)</translation>
    </message>
    <message>
        <source>the probe engine is not a test engine: use `perfdeck-cli qos` for probe traffic</source>
        <translation>le moteur probe n&apos;est pas un moteur de test : utilisez `perfdeck-cli qos` pour le trafic de sonde</translation>
    </message>
    <message>
        <source>parallel streams must be between 1 and 128 (got %1)</source>
        <translation>les flux parallèles doivent être entre 1 et 128 (reçu %1)</translation>
    </message>
    <message>
        <source>interval must be between 0.1 and 60 seconds (got %1)</source>
        <translation>l&apos;intervalle doit être entre 0,1 et 60 secondes (reçu %1)</translation>
    </message>
    <message>
        <source>omit must be between 0 and 600 seconds (got %1)</source>
        <translation>omit doit être entre 0 et 600 secondes (reçu %1)</translation>
    </message>
    <message>
        <source>port must be between 1 and 65535 (got %1)</source>
        <translation>le port doit être entre 1 et 65535 (reçu %1)</translation>
    </message>
    <message>
        <source>instances must be between 1 and 128 (got %1)</source>
        <translation>les instances doivent être entre 1 et 128 (reçu %1)</translation>
    </message>
    <message>
        <source>netperf streams run as instances: instances x parallel must be at most 128 (got %1)</source>
        <translation>les flux netperf s&apos;exécutent en instances : instances x parallèle doit valoir au plus 128 (reçu %1)</translation>
    </message>
    <message>
        <source>affinity &apos;%1&apos; is not &apos;auto&apos; or a CPU list such as 0,2-3</source>
        <translation>l&apos;affinité &apos;%1&apos; n&apos;est ni &apos;auto&apos; ni une liste de CPU comme 0,2-3</translation>
    </message>
    <message>
        <source>repeat must be between 1 and 10000 (got %1)</source>
        <translation>repeat doit être entre 1 et 10000 (reçu %1)</translation>
    </message>
    <message>
        <source>bitrate must not be negative</source>
        <translation>le débit ne doit pas être négatif</translation>
    </message>
    <message>
        <source>bitrate %1 bit/s is above the largest rate Perfdeck passes on (%2 bit/s, i.e. 1000T)</source>
        <translation>le débit %1 bit/s dépasse le plus grand débit transmis par Perfdeck (%2 bit/s, soit 1000T)</translation>
    </message>
    <message>
        <source>burst must be between 1 and 1000000 packets</source>
        <translation>burst doit être entre 1 et 1000000 paquets</translation>
    </message>
    <message>
        <source>unknown DSCP &apos;%1&apos; (use 0-63 or a name such as EF, AF41, CS1)</source>
        <translation>DSCP inconnu &apos;%1&apos; (utilisez 0-63 ou un nom comme EF, AF41, CS1)</translation>
    </message>
    <message>
        <source>buffer length must be between 1 byte and 1 GiB</source>
        <translation>la longueur de tampon doit être entre 1 octet et 1 Gio</translation>
    </message>
    <message>
        <source>window must be between 1 byte and 1 GiB</source>
        <translation>la fenêtre doit être entre 1 octet et 1 Gio</translation>
    </message>
    <message>
        <source>congestion algorithm &apos;%1&apos; must not start with &apos;-&apos;</source>
        <translation>l&apos;algorithme de congestion &apos;%1&apos; ne doit pas commencer par &apos;-&apos;</translation>
    </message>
    <message>
        <source>congestion algorithm &apos;%1&apos; is not a valid name</source>
        <translation>l&apos;algorithme de congestion &apos;%1&apos; n&apos;est pas un nom valide</translation>
    </message>
    <message>
        <source>host &apos;%1&apos; must not start with &apos;-&apos; (it would be read as an option)</source>
        <translation>l&apos;hôte &apos;%1&apos; ne doit pas commencer par &apos;-&apos; (il serait lu comme une option)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name or address</source>
        <translation>&apos;%1&apos; n&apos;est ni un nom d&apos;hôte ni une adresse</translation>
    </message>
    <message>
        <source>the server is either started by Perfdeck on host &apos;%1&apos; or already running at &apos;%2&apos;, not both</source>
        <translation>le serveur est soit démarré par Perfdeck sur l&apos;hôte &apos;%1&apos;, soit déjà en marche à &apos;%2&apos;, pas les deux</translation>
    </message>
    <message>
        <source>%1: %2 is not a whole number from %3 to %4</source>
        <translation>%1 : %2 n&apos;est pas un entier de %3 à %4</translation>
    </message>
    <message>
        <source>host %1: no connection for resource sampling</source>
        <translation>hôte %1 : pas de connexion pour la mesure des ressources</translation>
    </message>
    <message>
        <source>host %1: resource sampling ended: %2</source>
        <translation>hôte %1 : mesure des ressources terminée : %2</translation>
    </message>
    <message>
        <source>no &quot;@snapshot UPTIME&quot; line in the sampler&apos;s output</source>
        <translation>pas de ligne &quot;@snapshot UPTIME&quot; dans la sortie de l&apos;échantillonneur</translation>
    </message>
    <message>
        <source>streams: %1 is not a whole number from 1 to 128</source>
        <translation>streams : %1 n&apos;est pas un entier de 1 à 128</translation>
    </message>
    <message>
        <source>direction: unknown direction &apos;%1&apos;</source>
        <translation>direction : sens inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>turned off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>client and server are the same host</source>
        <translation>le client et le serveur sont le même hôte</translation>
    </message>
    <message>
        <source>the plan has no client</source>
        <translation>le plan n&apos;a pas de client</translation>
    </message>
    <message>
        <source>the plan has no server</source>
        <translation>le plan n&apos;a pas de serveur</translation>
    </message>
    <message>
        <source>the plan has no test</source>
        <translation>le plan n&apos;a pas de test</translation>
    </message>
    <message>
        <source>%1 must be a map of field: value</source>
        <translation>%1 doit être une table champ: valeur</translation>
    </message>
    <message>
        <source>cannot read the profile: %1</source>
        <translation>impossible de lire le profil : %1</translation>
    </message>
    <message>
        <source>the profile is empty</source>
        <translation>le profil est vide</translation>
    </message>
    <message>
        <source>a profile is a map with name, description, extends, variables, defaults and tests</source>
        <translation>un profil est une table avec name, description, extends, variables, defaults et tests</translation>
    </message>
    <message>
        <source>%1 must be text</source>
        <translation>%1 doit être du texte</translation>
    </message>
    <message>
        <source>extends: no profile &apos;%1&apos; (looked next to this file and in %2)</source>
        <translation>extends : pas de profil &apos;%1&apos; (cherché à côté de ce fichier et dans %2)</translation>
    </message>
    <message>
        <source>extends: inheritance cycle %1</source>
        <translation>extends : cycle d&apos;héritage %1</translation>
    </message>
    <message>
        <source>concurrent must be true or false</source>
        <translation>concurrent doit être true ou false</translation>
    </message>
    <message>
        <source>variables must be a map of NAME: value</source>
        <translation>variables doit être une table NOM: valeur</translation>
    </message>
    <message>
        <source>variable name &apos;%1&apos; must be letters, digits and _</source>
        <translation>le nom de variable &apos;%1&apos; doit être fait de lettres, chiffres et _</translation>
    </message>
    <message>
        <source>variable %1 must be a single value</source>
        <translation>la variable %1 doit être une valeur unique</translation>
    </message>
    <message>
        <source>tests must be a list of tests (each line starting with &apos;- &apos;)</source>
        <translation>tests doit être une liste de tests (chaque ligne commençant par &apos;- &apos;)</translation>
    </message>
    <message>
        <source>duplicate test name &apos;%1&apos; (first at line %2)</source>
        <translation>nom de test en double &apos;%1&apos; (d&apos;abord à la ligne %2)</translation>
    </message>
    <message>
        <source>variables refer to each other in a loop (through %1)</source>
        <translation>des variables se référencent en boucle (via %1)</translation>
    </message>
    <message>
        <source>undefined variable &apos;%1&apos; (define it under variables:, write ${%1:-default} or pass --set %1=VALUE)</source>
        <translation>variable non définie &apos;%1&apos; (définissez-la sous variables:, écrivez ${%1:-default} ou passez --set %1=VALUE)</translation>
    </message>
    <message>
        <source>${%1} makes the value longer than %2 characters (nested variables multiply their length); no field needs that</source>
        <translation>${%1} rend la valeur plus longue que %2 caractères (les variables imbriquées multiplient leur longueur) ; aucun champ n&apos;en a besoin</translation>
    </message>
    <message>
        <source>the value is longer than %1 characters</source>
        <translation>la valeur dépasse %1 caractères</translation>
    </message>
    <message>
        <source>%1 must be a number (got &apos;%2&apos;)</source>
        <translation>%1 doit être un nombre (reçu &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>%1 must be a whole number (got &apos;%2&apos;)</source>
        <translation>%1 doit être un entier (reçu &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>%1 must be true or false (got &apos;%2&apos;)</source>
        <translation>%1 doit être true ou false (reçu &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>%1 must be a size such as 128K, 4M or 1460 (got &apos;%2&apos;)</source>
        <translation>%1 doit être une taille comme 128K, 4M ou 1460 (reçu &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>engine must be iperf3 or netperf (got &apos;%1&apos;)</source>
        <translation>engine doit être iperf3 ou netperf (reçu &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>protocol must be tcp or udp (got &apos;%1&apos;)</source>
        <translation>protocol doit être tcp ou udp (reçu &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>direction must be send, receive (or reverse) or bidir (got &apos;%1&apos;)</source>
        <translation>direction doit être send, receive (ou reverse) ou bidir (reçu &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>bitrate must be a rate such as 100M, 1.5G or 500k (got &apos;%1&apos;)</source>
        <translation>bitrate doit être un débit comme 100M, 1.5G ou 500k (reçu &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>affinity must be &apos;auto&apos; or a CPU list such as 0,2-3 (got &apos;%1&apos;)</source>
        <translation>affinity doit être &apos;auto&apos; ou une liste de CPU comme 0,2-3 (reçu &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>%1 must be at most 64M (got &apos;%2&apos;)</source>
        <translation>%1 doit valoir au plus 64M (reçu &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>the profile has no tests (add a &apos;tests:&apos; list)</source>
        <translation>le profil n&apos;a aucun test (ajoutez une liste &apos;tests:&apos;)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a DSCP class (EF, AF11..AF43, CS0..CS7, VA, LE or 0-63)</source>
        <translation>&apos;%1&apos; n&apos;est pas une classe DSCP (EF, AF11..AF43, CS0..CS7, VA, LE ou 0-63)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the same code point as &apos;%2&apos; (%3)</source>
        <translation>&apos;%1&apos; est le même point de code que &apos;%2&apos; (%3)</translation>
    </message>
    <message>
        <source>no classes given (e.g. EF,AF41,CS0)</source>
        <translation>aucune classe indiquée (p. ex. EF,AF41,CS0)</translation>
    </message>
    <message>
        <source>at most 64 classes at once</source>
        <translation>64 classes au plus à la fois</translation>
    </message>
    <message>
        <source>more lines skipped</source>
        <translation>autres lignes ignorées</translation>
    </message>
    <message>
        <source>not a line of perfdeck-probe&apos;s output (%1): %2</source>
        <translation>pas une ligne de la sortie de perfdeck-probe (%1) : %2</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>pas un objet</translation>
    </message>
    <message>
        <source>&quot;listening&quot; without a valid port: %1</source>
        <translation>&quot;listening&quot; sans port valide : %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; without class, start_s or end_s: %2</source>
        <translation>&quot;%1&quot; sans class, start_s ni end_s : %2</translation>
    </message>
    <message>
        <source>more than 64 classes</source>
        <translation>plus de 64 classes</translation>
    </message>
    <message>
        <source>unknown line type &apos;%1&apos;</source>
        <translation>type de ligne inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>nothing arrived</source>
        <translation>rien n&apos;est arrivé</translation>
    </message>
    <message>
        <source>bleached to %1 (%2)</source>
        <translation>blanchi en %1 (%2)</translation>
    </message>
    <message>
        <source>remarked to %1 (%2)</source>
        <translation>remarqué en %1 (%2)</translation>
    </message>
    <message>
        <source>cannot tell</source>
        <translation>indéterminé</translation>
    </message>
    <message>
        <source>not shaped (confidence %1)</source>
        <translation>non mis en forme (confiance %1)</translation>
    </message>
    <message>
        <source>shaped (%1): %2 sustained, burst %3 over %4 s, confidence %5</source>
        <translation>mis en forme (%1) : %2 soutenu, rafale %3 sur %4 s, confiance %5</translation>
    </message>
    <message>
        <source>The run failed without intervals: nothing to analyse.</source>
        <translation>L&apos;exécution a échoué sans intervalles : rien à analyser.</translation>
    </message>
    <message>
        <source>A UDP sender reports the rate it sent at, whatever the path did with it: run with --reverse (-R) so the receiver&apos;s series is analysed.</source>
        <translation>Un émetteur UDP rapporte le débit auquel il a émis, quoi qu&apos;en ait fait le chemin : exécutez avec --reverse (-R) pour analyser la série du récepteur.</translation>
    </message>
    <message>
        <source>Too few intervals (%1 usable of %2; at least %3 needed): run for 5 s or longer with -i 0.1.</source>
        <translation>Trop peu d&apos;intervalles (%1 utilisables sur %2 ; au moins %3 requis) : mesurez 5 s ou plus avec -i 0.1.</translation>
    </message>
    <message>
        <source>Too few intervals in the second half of the run (%1; at least 5 needed): the intervals leave gaps.</source>
        <translation>Trop peu d&apos;intervalles dans la seconde moitié de l&apos;exécution (%1 ; au moins 5 requis) : les intervalles laissent des trous.</translation>
    </message>
    <message>
        <source>No traffic in the second half of the run: nothing to tell a sustained rate from.</source>
        <translation>Aucun trafic dans la seconde moitié de l&apos;exécution : rien pour en dégager un débit soutenu.</translation>
    </message>
    <message>
        <source> Measured at the sender without a received total: the burst also holds what the sender&apos;s socket buffered (an upper bound); a --reverse run measures it at the receiver.</source>
        <translation> Mesuré chez l&apos;émetteur sans total reçu : la rafale contient aussi ce que le socket de l&apos;émetteur a mis en tampon (une borne supérieure) ; une exécution --reverse la mesure chez le récepteur.</translation>
    </message>
    <message>
        <source> Measured at the sender: the %1 its socket still held at the end (sent minus received) was taken off the burst.</source>
        <translation> Mesuré chez l&apos;émetteur : les %1 que son socket retenait encore à la fin (envoyé moins reçu) ont été retirés de la rafale.</translation>
    </message>
    <message>
        <source> Stalled intervals left out (the measuring process was not scheduled for a while: a loaded machine): %1.</source>
        <translation> Intervalles bloqués ignorés (le processus de mesure n&apos;a pas été ordonnancé pendant un moment : une machine chargée) : %1.</translation>
    </message>
    <message>
        <source>No initial burst above the sustained %1 (burst/noise %2, %3 needed).</source>
        <translation>Pas de rafale initiale au-dessus des %1 soutenus (rafale/bruit %2, %3 requis).</translation>
    </message>
    <message>
        <source>The start is only %1 faster than the sustained %2 (the rate itself varies by %3): no burst.</source>
        <translation>Le début n&apos;est que %1 plus rapide que les %2 soutenus (le débit lui-même varie de %3) : pas de rafale.</translation>
    </message>
    <message>
        <source>The rate still falls in the second half of the run: no sustained rate to measure a burst against (run longer).</source>
        <translation>Le débit baisse encore dans la seconde moitié de l&apos;exécution : pas de débit soutenu pour y mesurer une rafale (mesurez plus longtemps).</translation>
    </message>
    <message>
        <source>The rate fell from %1 to %2, but the second half is not held the way a token bucket holds it (its bytes wander %3 ms of traffic off the sustained rate; a bucket&apos;s stay within %4 ms), with neither drops nor a rising RTT: the path slowed down (CPU, cross traffic), no rate limit.</source>
        <translation>Le débit est passé de %1 à %2, mais la seconde moitié n&apos;est pas tenue comme un seau à jetons la tient (ses octets s&apos;écartent de %3 ms de trafic du débit soutenu ; ceux d&apos;un seau restent à moins de %4 ms), sans pertes ni RTT croissant : le chemin a ralenti (CPU, trafic concurrent), pas de limitation de débit.</translation>
    </message>
    <message>
        <source> A token bucket smaller than about %1 cannot be told from a plain bottleneck in this run.</source>
        <translation> Un seau à jetons plus petit qu&apos;environ %1 ne peut pas être distingué d&apos;un simple goulot d&apos;étranglement dans cette exécution.</translation>
    </message>
    <message>
        <source> The rate is held steady (within %1 ms of traffic): a bottleneck, or a rate limit without a visible bucket.</source>
        <translation> Le débit est maintenu stable (à %1 ms de trafic près) : un goulot d&apos;étranglement, ou une limitation de débit sans seau visible.</translation>
    </message>
    <message>
        <source>%1 of the datagrams lost</source>
        <translation>%1 des datagrammes perdus</translation>
    </message>
    <message>
        <source>%1 of the packets retransmitted</source>
        <translation>%1 des paquets retransmis</translation>
    </message>
    <message>
        <source>no drop counts; the rate varies by %1 between intervals</source>
        <translation>pas de compteurs de pertes ; le débit varie de %1 entre intervalles</translation>
    </message>
    <message>
        <source>no drop counts</source>
        <translation>pas de compteurs de pertes</translation>
    </message>
    <message>
        <source>, the second half within %1 ms of traffic of a steady rate</source>
        <translation>, la seconde moitié à %1 ms de trafic près d&apos;un débit stable</translation>
    </message>
    <message>
        <source>, RTT %1 -&gt; %2 ms</source>
        <translation>, RTT %1 -&gt; %2 ms</translation>
    </message>
    <message>
        <source>A token bucket: %1 above the sustained %2 in the first %3 s (peak %4, burst/noise %5).</source>
        <translation>Un seau à jetons : %1 au-dessus des %2 soutenus pendant les %3 premières s (pic %4, rafale/bruit %5).</translation>
    </message>
    <message>
        <source> A policer: it drops what exceeds the rate (%1).</source>
        <translation> Un policer : il rejette ce qui dépasse le débit (%1).</translation>
    </message>
    <message>
        <source> A shaper: it queues what exceeds the rate (%1).</source>
        <translation> Un shaper : il met en file ce qui dépasse le débit (%1).</translation>
    </message>
    <message>
        <source>no run &apos;%1&apos;</source>
        <translation>pas d&apos;exécution &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no group %1</source>
        <translation>pas de groupe %1</translation>
    </message>
    <message>
        <source>no runs</source>
        <translation>aucune exécution</translation>
    </message>
    <message>
        <source>the run%1 measured no intervals</source>
        <translation>l&apos;exécution%1 n&apos;a mesuré aucun intervalle</translation>
    </message>
    <message>
        <source>%1 over time: %2</source>
        <translation>%1 dans le temps : %2</translation>
    </message>
    <message>
        <source>%1 over time, %2 runs</source>
        <translation>%1 dans le temps, %2 exécutions</translation>
    </message>
    <message>
        <source>… and %1 more runs</source>
        <translation>… et %1 exécutions de plus</translation>
    </message>
    <message>
        <source>no run has a value for %1</source>
        <translation>aucune exécution n&apos;a de valeur pour %1</translation>
    </message>
    <message>
        <source>%1 per run (%2 runs)</source>
        <translation>%1 par exécution (%2 exécutions)</translation>
    </message>
    <message>
        <source>baseline of group %1</source>
        <translation>référence du groupe %1</translation>
    </message>
    <message>
        <source>no values</source>
        <translation>aucune valeur</translation>
    </message>
    <message>
        <source>no group %1 values</source>
        <translation>aucune valeur du groupe %1</translation>
    </message>
    <message>
        <source>Distribution of %1 per run</source>
        <translation>Distribution de %1 par exécution</translation>
    </message>
    <message>
        <source>no run has latency percentiles</source>
        <translation>aucune exécution n&apos;a de percentiles de latence</translation>
    </message>
    <message>
        <source>Latency percentiles (µs)</source>
        <translation>Percentiles de latence (µs)</translation>
    </message>
    <message>
        <source>no run belongs to a test plan cell</source>
        <translation>aucune exécution n&apos;appartient à une cellule du plan de test</translation>
    </message>
    <message>
        <source>no test &apos;%1&apos; in the plan</source>
        <translation>pas de test &apos;%1&apos; dans le plan</translation>
    </message>
    <message>
        <source>Forward/reverse asymmetry</source>
        <translation>Asymétrie aller/retour</translation>
    </message>
    <message>
        <source> by client and server</source>
        <translation> par client et serveur</translation>
    </message>
    <message>
        <source>too small to draw</source>
        <translation>trop petit pour être tracé</translation>
    </message>
    <message>
        <source>0.5 (reverse faster)</source>
        <translation>0,5 (retour plus rapide)</translation>
    </message>
    <message>
        <source>2 (forward faster)</source>
        <translation>2 (aller plus rapide)</translation>
    </message>
    <message>
        <source>low to high</source>
        <translation>de bas en haut</translation>
    </message>
    <message>
        <source>could not start painting the pages</source>
        <translation>impossible de commencer à peindre les pages</translation>
    </message>
    <message>
        <source>: the baseline has no runs</source>
        <translation> : la référence n&apos;a aucune exécution</translation>
    </message>
    <message>
        <source>Sample session</source>
        <translation>Session d&apos;exemple</translation>
    </message>
    <message>
        <source>Made-up runs to check templates against.</source>
        <translation>Exécutions inventées pour tester les modèles.</translation>
    </message>
    <message>
        <source>unknown Python error</source>
        <translation>erreur Python inconnue</translation>
    </message>
    <message>
        <source>cannot start the template engine (is python3-jinja2 installed?): </source>
        <translation>impossible de démarrer le moteur de modèles (python3-jinja2 est-il installé ?) : </translation>
    </message>
    <message>
        <source>cannot start the template engine: no render()</source>
        <translation>impossible de démarrer le moteur de modèles : pas de render()</translation>
    </message>
    <message>
        <source>the template did not finish within %1 s and was stopped</source>
        <translation>le modèle ne s&apos;est pas terminé en %1 s et a été arrêté</translation>
    </message>
    <message>
        <source>template file &apos;%1&apos; does not exist</source>
        <translation>le fichier de modèle &apos;%1&apos; n&apos;existe pas</translation>
    </message>
    <message>
        <source>no template &apos;%1&apos; (not a file, and not in %2; templates: %3)</source>
        <translation>pas de modèle &apos;%1&apos; (ni un fichier, ni dans %2 ; modèles : %3)</translation>
    </message>
    <message>
        <source>not gzip data</source>
        <translation>pas des données gzip</translation>
    </message>
    <message>
        <source>file too large</source>
        <translation>fichier trop grand</translation>
    </message>
    <message>
        <source>cannot initialise zlib</source>
        <translation>impossible d&apos;initialiser zlib</translation>
    </message>
    <message>
        <source>decompresses to more than %1 MiB, more than any flent file holds (a 1-hour rrul test is about 45 MB); not read further</source>
        <translation>se décompresse en plus de %1 Mio, plus que ne contient aucun fichier flent (un test rrul d&apos;une heure fait environ 45 Mo) ; lecture arrêtée</translation>
    </message>
    <message>
        <source>the gzip data ends early, after %1 bytes decompressed (the file looks truncated: was flent interrupted, or the copy incomplete?)</source>
        <translation>les données gzip s&apos;arrêtent tôt, après %1 octets décompressés (le fichier semble tronqué : flent a-t-il été interrompu, ou la copie est-elle incomplète ?)</translation>
    </message>
    <message>
        <source>corrupt gzip data (%1)</source>
        <translation>données gzip corrompues (%1)</translation>
    </message>
    <message>
        <source>cannot read as a flent .flent.gz file: </source>
        <translation>impossible de lire comme fichier flent .flent.gz : </translation>
    </message>
    <message>
        <source>the gzip content</source>
        <translation>le contenu gzip</translation>
    </message>
    <message>
        <source>not a flent data file: %1 is not JSON (offset %2: %3)</source>
        <translation>pas un fichier de données flent : %1 n&apos;est pas du JSON (position %2 : %3)</translation>
    </message>
    <message>
        <source>not a flent data file: %1 is JSON without flent&apos;s &quot;metadata&quot;, &quot;x_values&quot; and &quot;results&quot; (its keys: %2)</source>
        <translation>pas un fichier de données flent : %1 est du JSON sans les &quot;metadata&quot;, &quot;x_values&quot; et &quot;results&quot; de flent (ses clés : %2)</translation>
    </message>
    <message>
        <source>none, not an object</source>
        <translation>aucune, pas un objet</translation>
    </message>
    <message>
        <source>flent data format version %1 is newer than version %2, which Perfdeck reads (written by a newer flent than 2.x)</source>
        <translation>la version %1 du format de données flent est plus récente que la version %2 que lit Perfdeck (écrite par un flent plus récent que 2.x)</translation>
    </message>
    <message>
        <source>flent data format version %1 is older than version %2, which Perfdeck reads</source>
        <translation>la version %1 du format de données flent est plus ancienne que la version %2 que lit Perfdeck</translation>
    </message>
    <message>
        <source>flent results series &apos;%1&apos; is not a list of values</source>
        <translation>la série de résultats flent &apos;%1&apos; n&apos;est pas une liste de valeurs</translation>
    </message>
    <message>
        <source>flent test &apos;%1&apos; has no throughput series (series: %2); Perfdeck imports flent&apos;s throughput tests</source>
        <translation>le test flent &apos;%1&apos; n&apos;a pas de série de débit (séries : %2) ; Perfdeck importe les tests de débit de flent</translation>
    </message>
    <message>
        <source>series %1 have no units in the file; assumed Mbits/s (flent&apos;s unit for throughput)</source>
        <translation>les séries %1 n&apos;ont pas d&apos;unités dans le fichier ; Mbits/s supposé (l&apos;unité de débit de flent)</translation>
    </message>
    <message>
        <source>flent test &apos;%1&apos; (flent %2), series &apos;%3&apos;</source>
        <translation>test flent &apos;%1&apos; (flent %2), série &apos;%3&apos;</translation>
    </message>
    <message>
        <source>series &apos;%1&apos; has %2 values for %3 time points; the extra ones were ignored</source>
        <translation>la série &apos;%1&apos; a %2 valeurs pour %3 instants ; les valeurs en trop ont été ignorées</translation>
    </message>
    <message>
        <source>flent recorded no data for series &apos;%1&apos; (its netperf failed; see FAILED_RUNNERS in the file)</source>
        <translation>flent n&apos;a enregistré aucune donnée pour la série &apos;%1&apos; (son netperf a échoué ; voir FAILED_RUNNERS dans le fichier)</translation>
    </message>
    <message>
        <source>flent recorded no data for series &apos;%1&apos;</source>
        <translation>flent n&apos;a enregistré aucune donnée pour la série &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2 Mbit/s but its %3 flows sum to %4</source>
        <translation>&apos;%1&apos; vaut %2 Mbit/s mais ses %3 flux totalisent %4</translation>
    </message>
    <message>
        <source>flent test &apos;%1&apos; (flent %2): </source>
        <translation>test flent &apos;%1&apos; (flent %2) : </translation>
    </message>
    <message>
        <source>%1 flows imported as group &apos;%2&apos; (%3 upload, %4 download, %5 latency)</source>
        <translation>%1 flux importés comme groupe &apos;%2&apos; (%3 montants, %4 descendants, %5 latence)</translation>
    </message>
    <message>
        <source>imported as a netperf run</source>
        <translation>importé comme exécution netperf</translation>
    </message>
    <message>
        <source>; each flow&apos;s latency is &apos;%1&apos;</source>
        <translation> ; la latence de chaque flux est &apos;%1&apos;</translation>
    </message>
    <message>
        <source>; totals from the flows: %1</source>
        <translation> ; totaux d&apos;après les flux : %1</translation>
    </message>
    <message>
        <source> (as flent&apos;s own sums)</source>
        <translation> (comme les sommes de flent)</translation>
    </message>
    <message>
        <source>; flent&apos;s computed series %1 not imported as runs</source>
        <translation> ; séries calculées de flent %1 non importées comme exécutions</translation>
    </message>
    <message>
        <source>; series neither throughput nor latency, not imported: %1</source>
        <translation> ; séries ni débit ni latence, non importées : %1</translation>
    </message>
    <message>
        <source>flent&apos;s sums disagree with its flows: %1</source>
        <translation>les sommes de flent ne concordent pas avec ses flux : %1</translation>
    </message>
    <message>
        <source>expected history:CLIENT..SERVER[:LAST_N], e.g. history:local..local:20 (IPv6 addresses in brackets: history:[::1]..[::1])</source>
        <translation>attendu history:CLIENT..SERVER[:LAST_N], p. ex. history:local..local:20 (adresses IPv6 entre crochets : history:[::1]..[::1])</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: LAST_N &apos;%2&apos; must be a whole number of at least 2 runs; %3</source>
        <translation>&apos;%1&apos; : LAST_N &apos;%2&apos; doit être un entier d&apos;au moins 2 exécutions ; %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>%1: is a folder, not a history database file</source>
        <translation>%1 : est un dossier, pas un fichier de base d&apos;historique</translation>
    </message>
    <message>
        <source>%1: cannot create the folder %2</source>
        <translation>%1 : impossible de créer le dossier %2</translation>
    </message>
    <message>
        <source>%1: the Qt SQLite driver (QSQLITE) is not available; install libqt6sql6-sqlite</source>
        <translation>%1 : le pilote SQLite de Qt (QSQLITE) n&apos;est pas disponible ; installez libqt6sql6-sqlite</translation>
    </message>
    <message>
        <source>cannot open</source>
        <translation>ouverture impossible</translation>
    </message>
    <message>
        <source>%1: not a usable history database (%2), and it could not be renamed aside; move it away or choose another file with --history-db</source>
        <translation>%1 : pas une base d&apos;historique utilisable (%2), et elle n&apos;a pas pu être renommée à part ; déplacez-la ou choisissez un autre fichier avec --history-db</translation>
    </message>
    <message>
        <source>%1: not a usable history database (%2); kept it as %3 and started a new one</source>
        <translation>%1 : pas une base d&apos;historique utilisable (%2) ; conservée sous %3 et une nouvelle a été créée</translation>
    </message>
    <message>
        <source>cannot read</source>
        <translation>lecture impossible</translation>
    </message>
    <message>
        <source>cannot read the old runs</source>
        <translation>impossible de lire les anciennes exécutions</translation>
    </message>
    <message>
        <source>cannot migrate run %1</source>
        <translation>impossible de migrer l&apos;exécution %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: history migrated from schema 0 to %2 (%n run(s))</source>
        <translation>
            <numerusform>%1 : historique migré du schéma 0 au %2 (%n exécution)</numerusform>
            <numerusform>%1 : historique migré du schéma 0 au %2 (%n exécutions)</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read the schema version</source>
        <translation>impossible de lire la version du schéma</translation>
    </message>
    <message>
        <source>%1: written by a newer Perfdeck (history schema %2; this one knows up to %3); use that version or another file with --history-db</source>
        <translation>%1 : écrit par un Perfdeck plus récent (schéma d&apos;historique %2 ; celui-ci connaît jusqu&apos;à %3) ; utilisez cette version ou un autre fichier avec --history-db</translation>
    </message>
    <message>
        <source>%1: history migrated from schema %2 to %3</source>
        <translation>%1 : historique migré du schéma %2 au %3</translation>
    </message>
    <message>
        <source>%1: the history database is not open</source>
        <translation>%1 : la base d&apos;historique n&apos;est pas ouverte</translation>
    </message>
    <message>
        <source>cannot store run %1</source>
        <translation>impossible d&apos;enregistrer l&apos;exécution %1</translation>
    </message>
    <message>
        <source>cannot list runs</source>
        <translation>impossible de lister les exécutions</translation>
    </message>
    <message>
        <source>cannot read the trend</source>
        <translation>impossible de lire la tendance</translation>
    </message>
    <message>
        <source>cannot read run %1</source>
        <translation>impossible de lire l&apos;exécution %1</translation>
    </message>
    <message>
        <source>%1: no run with id %2 in the history (see &apos;perfdeck-cli history list&apos;)</source>
        <translation>%1 : aucune exécution d&apos;id %2 dans l&apos;historique (voir &apos;perfdeck-cli history list&apos;)</translation>
    </message>
    <message>
        <source>%1: run %2: its stored document is damaged (%3)</source>
        <translation>%1 : exécution %2 : son document enregistré est endommagé (%3)</translation>
    </message>
    <message>
        <source>cannot count runs</source>
        <translation>impossible de compter les exécutions</translation>
    </message>
    <message>
        <source>cannot list pairs</source>
        <translation>impossible de lister les paires</translation>
    </message>
    <message>
        <source>; imported the %1 complete intervals as a partial run</source>
        <translation> ; les %1 intervalles complets importés comme exécution partielle</translation>
    </message>
    <message>
        <source> (%1 complete intervals could be kept with --salvage)</source>
        <translation> (%1 intervalles complets pourraient être conservés avec --salvage)</translation>
    </message>
    <message>
        <source>no &quot;start&quot; event: not a complete iperf3 --json-stream output</source>
        <translation>pas d&apos;événement &quot;start&quot; : pas une sortie iperf3 --json-stream complète</translation>
    </message>
    <message>
        <source>%1 line(s) were not JSON events and were skipped (the first is line %2)</source>
        <translation>%1 ligne(s) n&apos;étaient pas des événements JSON et ont été ignorées (la première est la ligne %2)</translation>
    </message>
    <message>
        <source>the stream stops before its &quot;end&quot; event</source>
        <translation>le flux s&apos;arrête avant son événement &quot;end&quot;</translation>
    </message>
    <message>
        <source>%1 is more than the %2 read as %3 (%4); not imported</source>
        <translation>%1 dépasse les %2 lus comme %3 (%4) ; non importé</translation>
    </message>
    <message>
        <source>unrecognised content: not an iperf3 JSON document (produce one with iperf3 -J or --json-stream), netperf output (its banner and result, -k or -o) nor a flent .flent.gz data file</source>
        <translation>contenu non reconnu : ni un document JSON iperf3 (produisez-en un avec iperf3 -J ou --json-stream), ni une sortie netperf (sa bannière et son résultat, -k ou -o), ni un fichier de données flent .flent.gz</translation>
    </message>
    <message>
        <source>empty file (nothing to import: was the tool killed before it printed?)</source>
        <translation>fichier vide (rien à importer : l&apos;outil a-t-il été tué avant d&apos;afficher quoi que ce soit ?)</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>lecture impossible : %1</translation>
    </message>
    <message>
        <source>the content</source>
        <translation>le contenu</translation>
    </message>
    <message>
        <source>a 5-minute rrul file is about 0.3 MB compressed</source>
        <translation>un fichier rrul de 5 minutes fait environ 0,3 Mo compressé</translation>
    </message>
    <message>
        <source>a 10-minute -P 8 run is about 8 MB</source>
        <translation>une exécution de 10 minutes avec -P 8 fait environ 8 Mo</translation>
    </message>
    <message>
        <source>a 24-hour run with 1 s interim results is about 15 MB</source>
        <translation>une exécution de 24 heures avec des résultats intermédiaires de 1 s fait environ 15 Mo</translation>
    </message>
    <message>
        <source>not a results document (top level is not an object)</source>
        <translation>pas un document de résultats (le niveau supérieur n&apos;est pas un objet)</translation>
    </message>
    <message>
        <source>results format &apos;%1&apos; is newer than this Perfdeck understands (%2); please upgrade</source>
        <translation>le format de résultats &apos;%1&apos; est plus récent que ce que comprend ce Perfdeck (%2) ; veuillez mettre à jour</translation>
    </message>
    <message>
        <source>&quot;runs&quot; is missing or not an array</source>
        <translation>&quot;runs&quot; est absent ou n&apos;est pas un tableau</translation>
    </message>
    <message>
        <source>runs[%1] is not an object</source>
        <translation>runs[%1] n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>mixes unlike runs: %1</source>
        <translation>mélange des exécutions dissemblables : %1</translation>
    </message>
    <message>
        <source>no baseline run has a value for %1</source>
        <translation>aucune exécution de référence n&apos;a de valeur pour %1</translation>
    </message>
    <message>
        <source>%1: %2 (the file is damaged or not a session)</source>
        <translation>%1 : %2 (le fichier est endommagé ou n&apos;est pas une session)</translation>
    </message>
    <message>
        <source>not a Perfdeck session (&quot;format&quot; should be &quot;%1&quot;)</source>
        <translation>pas une session Perfdeck (&quot;format&quot; devrait valoir &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>the session was written by a newer Perfdeck (session version %1; this version reads up to %2): please upgrade</source>
        <translation>la session a été écrite par un Perfdeck plus récent (version de session %1 ; cette version lit jusqu&apos;à %2) : veuillez mettre à jour</translation>
    </message>
    <message>
        <source>the session has no valid &quot;version&quot;</source>
        <translation>la session n&apos;a pas de &quot;version&quot; valide</translation>
    </message>
    <message>
        <source>%1–%2 s</source>
        <translation>%1–%2 s</translation>
    </message>
    <message>
        <source>throughput</source>
        <translation>débit</translation>
    </message>
    <message>
        <source>transactions/s</source>
        <translation>transactions/s</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>exécution %1</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>no %1</source>
        <translation>pas de %1</translation>
    </message>
    <message>
        <source>no intervals</source>
        <translation>aucun intervalle</translation>
    </message>
    <message>
        <source>unlike tests: %1 (selection vs baseline)</source>
        <translation>tests dissemblables : %1 (sélection vs référence)</translation>
    </message>
    <message>
        <source>the selection mixes unlike runs: %1</source>
        <translation>la sélection mélange des exécutions dissemblables : %1</translation>
    </message>
    <message>
        <source>the baseline mixes unlike runs: %1</source>
        <translation>la référence mélange des exécutions dissemblables : %1</translation>
    </message>
    <message>
        <source>cannot create directory %1</source>
        <translation>impossible de créer le répertoire %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is this machine: its runs need no SSH</source>
        <translation>&apos;%1&apos; est cette machine : ses exécutions n&apos;ont pas besoin de SSH</translation>
    </message>
    <message>
        <source>no such directory</source>
        <translation>répertoire inexistant</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>the temporary file already exists</source>
        <translation>le fichier temporaire existe déjà</translation>
    </message>
    <message>
        <source>no space left</source>
        <translation>plus d&apos;espace disponible</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>cannot start SFTP: %1</source>
        <translation>impossible de démarrer SFTP : %1</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>impossible de créer %1 : %2</translation>
    </message>
    <message>
        <source>cannot set the mode of %1: %2</source>
        <translation>impossible de définir le mode de %1 : %2</translation>
    </message>
    <message>
        <source>cannot read %1: no such readable file</source>
        <translation>impossible de lire %1 : aucun fichier lisible de ce nom</translation>
    </message>
    <message>
        <source>the remote path &apos;%1&apos; names no file</source>
        <translation>le chemin distant &apos;%1&apos; ne désigne aucun fichier</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>pas de connexion</translation>
    </message>
    <message>
        <source>connection closed</source>
        <translation>connexion fermée</translation>
    </message>
    <message>
        <source>mv failed</source>
        <translation>échec de mv</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2: %3</source>
        <translation>impossible de renommer %1 en %2 : %3</translation>
    </message>
    <message>
        <source>not connected to %1</source>
        <translation>non connecté à %1</translation>
    </message>
    <message>
        <source>connection to %1 closed</source>
        <translation>connexion à %1 fermée</translation>
    </message>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation>impossible de résoudre %1 : %2</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>pas d&apos;adresse</translation>
    </message>
    <message>
        <source>connect timed out</source>
        <translation>délai de connexion dépassé</translation>
    </message>
    <message>
        <source>cannot connect to %1 port %2: %3</source>
        <translation>impossible de se connecter à %1 port %2 : %3</translation>
    </message>
    <message>
        <source>cannot create an SSH session</source>
        <translation>impossible de créer une session SSH</translation>
    </message>
    <message>
        <source>SSH handshake with %1 failed: %2</source>
        <translation>échec de la négociation SSH avec %1 : %2</translation>
    </message>
    <message>
        <source>%1 sent no usable host key</source>
        <translation>%1 n&apos;a envoyé aucune clé d&apos;hôte utilisable</translation>
    </message>
    <message>
        <source>the host key of %1 (%2 %3) is marked @revoked in %4:%5</source>
        <translation>la clé d&apos;hôte de %1 (%2 %3) est marquée @revoked dans %4:%5</translation>
    </message>
    <message>
        <source>HOST KEY CHANGED for %1: the server offers %2 %3, but %4:%5 holds %6. Someone may be intercepting the connection, or the host was reinstalled. If the change is expected, remove line %5 from %4 (ssh-keygen -R &apos;%1&apos; -f &apos;%4&apos;) and connect again.</source>
        <translation>CLÉ D&apos;HÔTE MODIFIÉE pour %1 : le serveur présente %2 %3, mais %4:%5 contient %6. Quelqu&apos;un intercepte peut-être la connexion, ou l&apos;hôte a été réinstallé. Si le changement est attendu, supprimez la ligne %5 de %4 (ssh-keygen -R &apos;%1&apos; -f &apos;%4&apos;) et reconnectez-vous.</translation>
    </message>
    <message>
        <source>the host key of %1 is not known (%2 %3, not in %4); %5</source>
        <translation>la clé d&apos;hôte de %1 est inconnue (%2 %3, absente de %4) ; %5</translation>
    </message>
    <message>
        <source>the host key of %1 (%2 %3) was refused</source>
        <translation>la clé d&apos;hôte de %1 (%2 %3) a été refusée</translation>
    </message>
    <message>
        <source>cannot save the host key of %1: %2</source>
        <translation>impossible d&apos;enregistrer la clé d&apos;hôte de %1 : %2</translation>
    </message>
    <message>
        <source>authentication with %1 failed: %2</source>
        <translation>échec de l&apos;authentification auprès de %1 : %2</translation>
    </message>
    <message>
        <source>authentication with %1 %2</source>
        <translation>authentification auprès de %1 %2</translation>
    </message>
    <message>
        <source>was cancelled</source>
        <translation>a été annulée</translation>
    </message>
    <message>
        <source>the server does not accept passwords</source>
        <translation>le serveur n&apos;accepte pas les mots de passe</translation>
    </message>
    <message>
        <source>the server does not accept public keys</source>
        <translation>le serveur n&apos;accepte pas les clés publiques</translation>
    </message>
    <message>
        <source>authentication with %1 failed (%2; the server accepts: %3)</source>
        <translation>échec de l&apos;authentification auprès de %1 (%2 ; le serveur accepte : %3)</translation>
    </message>
    <message>
        <source>no ssh-agent (SSH_AUTH_SOCK is not set)</source>
        <translation>pas de ssh-agent (SSH_AUTH_SOCK n&apos;est pas défini)</translation>
    </message>
    <message>
        <source>cannot reach the ssh-agent at %1</source>
        <translation>impossible de joindre le ssh-agent à %1</translation>
    </message>
    <message>
        <source>the ssh-agent did not list its keys</source>
        <translation>le ssh-agent n&apos;a pas listé ses clés</translation>
    </message>
    <message>
        <source>the ssh-agent holds no keys</source>
        <translation>le ssh-agent ne contient aucune clé</translation>
    </message>
    <message>
        <source>the server refused the %1 key(s) of the ssh-agent</source>
        <translation>le serveur a refusé les %1 clé(s) du ssh-agent</translation>
    </message>
    <message>
        <source>no key file in ~/.ssh</source>
        <translation>aucun fichier de clé dans ~/.ssh</translation>
    </message>
    <message>
        <source>key file %1 does not exist</source>
        <translation>le fichier de clé %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>Passphrase for key %1</source>
        <translation>Phrase de passe de la clé %1</translation>
    </message>
    <message>
        <source>no passphrase for %1</source>
        <translation>pas de phrase de passe pour %1</translation>
    </message>
    <message>
        <source>wrong passphrase for %1</source>
        <translation>phrase de passe incorrecte pour %1</translation>
    </message>
    <message>
        <source>cannot read key %1 (%2)</source>
        <translation>impossible de lire la clé %1 (%2)</translation>
    </message>
    <message>
        <source>the server refused key %1</source>
        <translation>le serveur a refusé la clé %1</translation>
    </message>
    <message>
        <source>RSA keys need a server that accepts ssh-rsa signatures with this libssh2 (%1); use an ed25519 or ecdsa key</source>
        <translation>avec cette libssh2 (%1), les clés RSA exigent un serveur qui accepte les signatures ssh-rsa ; utilisez une clé ed25519 ou ecdsa</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Mot de passe pour %1</translation>
    </message>
    <message>
        <source>no password given</source>
        <translation>aucun mot de passe fourni</translation>
    </message>
    <message>
        <source>wrong password (3 attempts)</source>
        <translation>mot de passe incorrect (3 tentatives)</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>la connexion a été fermée</translation>
    </message>
    <message>
        <source>connection to %1 lost: %2</source>
        <translation>connexion à %1 perdue : %2</translation>
    </message>
    <message>
        <source>command on %1 timed out</source>
        <translation>la commande sur %1 a dépassé le délai</translation>
    </message>
    <message>
        <source>cannot open a channel</source>
        <translation>impossible d&apos;ouvrir un canal</translation>
    </message>
    <message>
        <source>cannot start the command</source>
        <translation>impossible de démarrer la commande</translation>
    </message>
    <message>
        <source>reading the output failed</source>
        <translation>échec de la lecture de la sortie</translation>
    </message>
    <message>
        <source>writing to the command failed</source>
        <translation>échec de l&apos;écriture vers la commande</translation>
    </message>
    <message>
        <source>%1 cannot reach %2 port %3: %4</source>
        <translation>%1 ne peut pas joindre %2 port %3 : %4</translation>
    </message>
    <message>
        <source>socketpair failed</source>
        <translation>échec de socketpair</translation>
    </message>
    <message>
        <source>through jump host %1: %2</source>
        <translation>via l&apos;hôte de rebond %1 : %2</translation>
    </message>
    <message>
        <source>jump host %1: %2</source>
        <translation>hôte de rebond %1 : %2</translation>
    </message>
    <message>
        <source>no connection to %1</source>
        <translation>pas de connexion à %1</translation>
    </message>
    <message>
        <source>cannot list the ports of %1: %2</source>
        <translation>impossible de lister les ports de %1 : %2</translation>
    </message>
    <message>
        <source>exited with code %1 on %2</source>
        <translation>terminé avec le code %1 sur %2</translation>
    </message>
    <message>
        <source>killed by signal %1 on %2</source>
        <translation>tué par le signal %1 sur %2</translation>
    </message>
    <message>
        <source>killed by SIG%1 on %2</source>
        <translation>tué par SIG%1 sur %2</translation>
    </message>
    <message>
        <source>ended without an exit status on %1</source>
        <translation>terminé sans code de sortie sur %1</translation>
    </message>
    <message>
        <source>timed out on %1 (%2)</source>
        <translation>délai dépassé sur %1 (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is this machine, reached without SSH</source>
        <translation>&apos;%1&apos; est cette machine, atteinte sans SSH</translation>
    </message>
    <message>
        <source>the jump hosts of &apos;%1&apos; loop</source>
        <translation>les hôtes de rebond de &apos;%1&apos; bouclent</translation>
    </message>
    <message>
        <source>the jump host &apos;%1&apos; of &apos;%2&apos; is not in the inventory</source>
        <translation>l&apos;hôte de rebond &apos;%1&apos; de &apos;%2&apos; n&apos;est pas dans l&apos;inventaire</translation>
    </message>
    <message>
        <source>confidence %1 must be between 0 and 1 (e.g. 0.95)</source>
        <translation>la confiance %1 doit être entre 0 et 1 (p. ex. 0.95)</translation>
    </message>
    <message>
        <source>outliers: %1 values are too few to call one an outlier (%2 or more are needed)</source>
        <translation>valeurs aberrantes : %1 valeurs sont trop peu pour en qualifier une d&apos;aberrante (%2 ou plus requises)</translation>
    </message>
    <message>
        <source>one value: no spread, interval or test</source>
        <translation>une seule valeur : ni dispersion, ni intervalle, ni test</translation>
    </message>
    <message>
        <source>all values are equal</source>
        <translation>toutes les valeurs sont égales</translation>
    </message>
    <message>
        <source>confidence level %1 must be between 0 and 1 (e.g. 0.95)</source>
        <translation>le niveau de confiance %1 doit être entre 0 et 1 (p. ex. 0.95)</translation>
    </message>
    <message>
        <source>a confidence interval needs at least 2 values</source>
        <translation>un intervalle de confiance exige au moins 2 valeurs</translation>
    </message>
    <message>
        <source>bootstrap distribution: </source>
        <translation>distribution bootstrap : </translation>
    </message>
    <message>
        <source>the BCa interval is undefined for this distribution</source>
        <translation>l&apos;intervalle BCa n&apos;est pas défini pour cette distribution</translation>
    </message>
    <message>
        <source>a bootstrap interval needs at least 2 values</source>
        <translation>un intervalle bootstrap exige au moins 2 valeurs</translation>
    </message>
    <message>
        <source>too many values for the bootstrap (at most 2^32 - 1)</source>
        <translation>trop de valeurs pour le bootstrap (au plus 2^32 - 1)</translation>
    </message>
    <message>
        <source>the bootstrap needs at least 2 resamples</source>
        <translation>le bootstrap exige au moins 2 rééchantillonnages</translation>
    </message>
    <message>
        <source>value %1 (index %2) is %3; only finite numbers are accepted</source>
        <translation>la valeur %1 (indice %2) vaut %3 ; seuls les nombres finis sont acceptés</translation>
    </message>
    <message>
        <source>percentile %1 is outside 0..100</source>
        <translation>le percentile %1 est hors de 0..100</translation>
    </message>
    <message>
        <source>a histogram needs at least one bin</source>
        <translation>un histogramme exige au moins une classe</translation>
    </message>
    <message>
        <source>Jain&apos;s fairness index needs non-negative values</source>
        <translation>l&apos;indice d&apos;équité de Jain exige des valeurs non négatives</translation>
    </message>
    <message>
        <source>Jain&apos;s fairness index is undefined when all values are 0</source>
        <translation>l&apos;indice d&apos;équité de Jain n&apos;est pas défini quand toutes les valeurs valent 0</translation>
    </message>
    <message>
        <source>first sample: </source>
        <translation>premier échantillon : </translation>
    </message>
    <message>
        <source>second sample: </source>
        <translation>second échantillon : </translation>
    </message>
    <message>
        <source>each sample needs at least %1 values (got %2 and %3)</source>
        <translation>chaque échantillon exige au moins %1 valeurs (reçu %2 et %3)</translation>
    </message>
    <message>
        <source>Shapiro-Wilk needs at least 3 values, got %1</source>
        <translation>Shapiro-Wilk exige au moins 3 valeurs, reçu %1</translation>
    </message>
    <message>
        <source>all values are equal (range zero); W = 1 by convention</source>
        <translation>toutes les valeurs sont égales (étendue nulle) ; W = 1 par convention</translation>
    </message>
    <message>
        <source>n &gt; 5000: Royston&apos;s p-value is not validated here</source>
        <translation>n &gt; 5000 : la valeur p de Royston n&apos;est pas validée ici</translation>
    </message>
    <message>
        <source>D&apos;Agostino-Pearson needs at least 8 values, got %1</source>
        <translation>D&apos;Agostino-Pearson exige au moins 8 valeurs, reçu %1</translation>
    </message>
    <message>
        <source>all values are equal; K^2 = 0 by convention</source>
        <translation>toutes les valeurs sont égales ; K^2 = 0 par convention</translation>
    </message>
    <message>
        <source>the kurtosis test is undefined for this sample</source>
        <translation>le test de kurtosis n&apos;est pas défini pour cet échantillon</translation>
    </message>
    <message>
        <source>n &lt; 20: the kurtosis approximation is rough</source>
        <translation>n &lt; 20 : l&apos;approximation de la kurtosis est grossière</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation>champ inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source> (known fields: %1)</source>
        <translation> (champs connus : %1)</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1 : écriture impossible : %2</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
    <message>
        <source>%1: cannot read: it is a directory</source>
        <translation>%1 : lecture impossible : c&apos;est un répertoire</translation>
    </message>
    <message>
        <source>%1: the file is too large (%2 MiB; at most %3 MiB are read)</source>
        <translation>%1 : le fichier est trop grand (%2 Mio ; %3 Mio au plus sont lus)</translation>
    </message>
    <message>
        <source>%1: the input is larger than %2 MiB (a device or an endless stream?); refusing to read more</source>
        <translation>%1 : l&apos;entrée dépasse %2 Mio (un périphérique ou un flux sans fin ?) ; lecture arrêtée</translation>
    </message>
    <message>
        <source>cannot write: no file name given</source>
        <translation>écriture impossible : aucun nom de fichier fourni</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>sortie standard</translation>
    </message>
    <message>
        <source>%1: cannot write: it is a directory</source>
        <translation>%1 : écriture impossible : c&apos;est un répertoire</translation>
    </message>
    <message>
        <source>%1: cannot write: %2 (in directory %3)</source>
        <translation>%1 : écriture impossible : %2 (dans le répertoire %3)</translation>
    </message>
    <message>
        <source>%1: cannot write: %2 (the previous file is unchanged)</source>
        <translation>%1 : écriture impossible : %2 (le fichier précédent est inchangé)</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>aucun nom de fichier fourni</translation>
    </message>
    <message>
        <source>%1: cannot write: directory %2 does not exist</source>
        <translation>%1 : écriture impossible : le répertoire %2 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1: cannot write: %2 is not a directory</source>
        <translation>%1 : écriture impossible : %2 n&apos;est pas un répertoire</translation>
    </message>
    <message>
        <source>%1: cannot write in directory %2: %3</source>
        <translation>%1 : écriture impossible dans le répertoire %2 : %3</translation>
    </message>
    <message>
        <source>expected ADDRESS:PORT, e.g. 127.0.0.1:9464</source>
        <translation>attendu ADRESSE:PORT, p. ex. 127.0.0.1:9464</translation>
    </message>
    <message>
        <source>write an IPv6 address in brackets, e.g. [::1]:9464</source>
        <translation>écrivez une adresse IPv6 entre crochets, p. ex. [::1]:9464</translation>
    </message>
    <message>
        <source>the port must be a number from 0 to 65535</source>
        <translation>le port doit être un nombre de 0 à 65535</translation>
    </message>
    <message>
        <source>an address cannot start with &apos;-&apos;</source>
        <translation>une adresse ne peut pas commencer par &apos;-&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address</source>
        <translation>&apos;%1&apos; n&apos;est pas une adresse IP</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 n&apos;a pas répondu en %2 s</translation>
    </message>
    <message>
        <source>Add host %1</source>
        <translation>Ajouter l&apos;hôte %1</translation>
    </message>
    <message>
        <source>Delete host %1</source>
        <translation>Supprimer l&apos;hôte %1</translation>
    </message>
    <message>
        <source>Edit host %1</source>
        <translation>Modifier l&apos;hôte %1</translation>
    </message>
    <message>
        <source>it is a ping series imported from flent; Perfdeck does not run ping</source>
        <translation>c&apos;est une série ping importée de flent ; Perfdeck n&apos;exécute pas ping</translation>
    </message>
    <message>
        <source>ping is not a test engine: ping series are only imported (flent files); run iperf3 or netperf</source>
        <translation>ping n&apos;est pas un moteur de test : les séries ping sont seulement importées (fichiers flent) ; utilisez iperf3 ou netperf</translation>
    </message>
    <message>
        <source>protocol must be tcp or udp (icmp is only imported ping series)</source>
        <translation>protocol doit être tcp ou udp (icmp ne désigne que des séries ping importées)</translation>
    </message>
    <message>
        <source>on the server host %1: %2</source>
        <translation>sur l&apos;hôte serveur %1 : %2</translation>
    </message>
    <message>
        <source>%1 has no --bidir (needs 3.7 or newer)</source>
        <translation>%1 n&apos;a pas --bidir (3.7 ou plus récent requis)</translation>
    </message>
    <message>
        <source>%1 has no --dscp (needs 3.1 or newer)</source>
        <translation>%1 n&apos;a pas --dscp (3.1 ou plus récent requis)</translation>
    </message>
    <message>
        <source>was killed by %1</source>
        <translation>a été tué par %1</translation>
    </message>
    <message>
        <source>cannot resolve the host name &apos;%1&apos;: %2</source>
        <translation>impossible de résoudre le nom d&apos;hôte &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>it has no address</source>
        <translation>il n&apos;a pas d&apos;adresse</translation>
    </message>
    <message>
        <source>the test did not end: no end of test from the %1 at %2:%3 within the client&apos;s deadline of %4 s (did the link or the server go down?)</source>
        <translation>le test ne s&apos;est pas terminé : aucune fin de test du %1 sur %2:%3 dans le délai du client de %4 s (le lien ou le serveur est-il tombé ?)</translation>
    </message>
    <message>
        <source>affinity must be &apos;auto&apos;, a CPU list such as 0,2-3 or a YAML list of CPUs such as [0, 1]</source>
        <translation>affinity doit être &apos;auto&apos;, une liste de CPU comme 0,2-3 ou une liste YAML de CPU comme [0, 1]</translation>
    </message>
    <message>
        <source>no answer from %1 after SIGKILL: the connection is probably lost (the tool ends there by itself)</source>
        <translation>aucune réponse de %1 après SIGKILL : la connexion est probablement perdue (l&apos;outil s&apos;y arrête de lui-même)</translation>
    </message>
    <message>
        <source>perfdeck-gate was not found (set PERFDECK_GATE or install it beside perfdeck or in ../libexec/perfdeck)</source>
        <translation>perfdeck-gate introuvable (définissez PERFDECK_GATE ou installez-le à côté de perfdeck ou dans ../libexec/perfdeck)</translation>
    </message>
    <message>
        <source>variables file skipped: %1</source>
        <translation>fichier de variables ignoré : %1</translation>
    </message>
    <message>
        <source>variables file skipped: </source>
        <translation>fichier de variables ignoré : </translation>
    </message>
    <message>
        <source>Include skipped: %1</source>
        <translation>Include ignoré : %1</translation>
    </message>
    <message>
        <source>InfluxDB line-protocol file: no file name given</source>
        <translation>fichier InfluxDB line protocol : aucun nom de fichier indiqué</translation>
    </message>
    <message>
        <source>web dashboard address %1</source>
        <translation>adresse du tableau de bord web %1</translation>
    </message>
    <message>
        <source>web dashboard: HTTPS needs both a certificate and its key file</source>
        <translation>tableau de bord web : HTTPS exige à la fois un certificat et son fichier de clé</translation>
    </message>
    <message>
        <source>sending iperf3</source>
        <translation>iperf3 émetteur</translation>
    </message>
    <message>
        <source>receiving iperf3</source>
        <translation>iperf3 récepteur</translation>
    </message>
    <message>
        <source>The rate fell from %1 to %2 while the %3 used %4 % of a core: the sustained rate is this host&apos;s limit, not a token bucket&apos;s (a CPU-bound path slows down after its first second much as a bucket runs dry; a rate limit at or above the host&apos;s limit cannot be seen).</source>
        <translation>Le débit est passé de %1 à %2 alors que le processus %3 utilisait %4 % d&apos;un cœur : le débit soutenu est la limite de cet hôte, pas celle d&apos;un seau à jetons (un chemin limité par le CPU ralentit après sa première seconde, tout comme un seau se vide ; une limitation de débit égale ou supérieure à la limite de l&apos;hôte ne peut pas être vue).</translation>
    </message>
    <message>
        <source>%1 streams got %2, one stream %3 (x%4)</source>
        <translation>%1 flux ont obtenu %2, un seul flux %3 (x%4)</translation>
    </message>
    <message>
        <source>: several streams fill what one cannot, as under a policer that drops.</source>
        <translation> : plusieurs flux remplissent ce qu&apos;un seul ne peut pas, comme sous un policer qui rejette.</translation>
    </message>
    <message>
        <source>: the aggregate is held at one rate, as by a shaper (or a plain bottleneck).</source>
        <translation> : l&apos;agrégat est maintenu à un seul débit, comme par un shaper (ou un simple goulot d&apos;étranglement).</translation>
    </message>
    <message>
        <source>: inconclusive.</source>
        <translation> : non concluant.</translation>
    </message>
    <message>
        <source>pattern &apos;%1&apos;: %2</source>
        <translation>motif &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is above 1T (1 Tbit/s), the highest rate a pattern can ask for</source>
        <translation>&apos;%1&apos; dépasse 1T (1 Tbit/s), le débit le plus élevé qu&apos;un motif peut demander</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a rate (e.g. 50M, 1.5G, 800k)</source>
        <translation>&apos;%1&apos; n&apos;est pas un débit (p. ex. 50M, 1.5G, 800k)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration (e.g. 2s, 500ms, 1.5)</source>
        <translation>&apos;%1&apos; n&apos;est pas une durée (p. ex. 2s, 500ms, 1.5)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is shorter than 1 ms, the shortest time a pattern can pace</source>
        <translation>&apos;%1&apos; est inférieur à 1 ms, la durée la plus courte qu&apos;un motif peut cadencer</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>constant takes one rate: constant:50M</source>
        <translation>constant prend un débit : constant:50M</translation>
    </message>
    <message>
        <source>on/off takes a rate, the on time and the off time: onoff:50M,1s,2s</source>
        <translation>on/off prend un débit, la durée active et la durée inactive : onoff:50M,1s,2s</translation>
    </message>
    <message>
        <source>ramp takes FROM..TO/DURATION: ramp:10M..100M/10s</source>
        <translation>ramp prend DE..À/DURÉE : ramp:10M..100M/10s</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs RATE/DURATION or FROM..TO/DURATION</source>
        <translation>&apos;%1&apos; exige DÉBIT/DURÉE ou DE..À/DURÉE</translation>
    </message>
    <message>
        <source>sine takes the mean rate, the amplitude and the period: sine:50M,20M,4s</source>
        <translation>sine prend le débit moyen, l&apos;amplitude et la période : sine:50M,20M,4s</translation>
    </message>
    <message>
        <source>the amplitude (%1) must not exceed the mean rate (%2): a rate cannot go below 0</source>
        <translation>l&apos;amplitude (%1) ne doit pas dépasser le débit moyen (%2) : un débit ne peut pas descendre sous 0</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; (constant, onoff, ramp, sine, steps)</source>
        <translation>type inconnu &apos;%1&apos; (constant, onoff, ramp, sine, steps)</translation>
    </message>
    <message>
        <source>more than %1 phases</source>
        <translation>plus de %1 phases</translation>
    </message>
    <message>
        <source>one cycle lasts more than a day</source>
        <translation>un cycle dure plus d&apos;un jour</translation>
    </message>
    <message>
        <source>it never sends (every rate is 0)</source>
        <translation>il n&apos;envoie jamais rien (chaque débit vaut 0)</translation>
    </message>
    <message>
        <source>unknown value &apos;%1&apos; (throughput, rtt or run)</source>
        <translation>valeur inconnue &apos;%1&apos; (throughput, rtt ou run)</translation>
    </message>
    <message>
        <source>unknown value &apos;%1&apos; (throughput or rtt)</source>
        <translation>valeur inconnue &apos;%1&apos; (throughput ou rtt)</translation>
    </message>
    <message>
        <source>unknown chart &apos;%1&apos; (charts: throughput, runs, boxplot, latency, cdf, histogram, matrix, heatmap, trend)</source>
        <translation>graphique inconnu &apos;%1&apos; (graphiques : throughput, runs, boxplot, latency, cdf, histogram, matrix, heatmap, trend)</translation>
    </message>
    <message>
        <source>no picked run has per-interval RTT or latency percentiles</source>
        <translation>aucune exécution choisie n&apos;a de RTT par intervalle ni de percentiles de latence</translation>
    </message>
    <message>
        <source>no picked run measured intervals</source>
        <translation>aucune exécution choisie n&apos;a mesuré d&apos;intervalles</translation>
    </message>
    <message>
        <source>CDF of per-interval %1: %2</source>
        <translation>CDF de %1 par intervalle : %2</translation>
    </message>
    <message>
        <source>CDF of per-interval %1, %2 runs</source>
        <translation>CDF de %1 par intervalle, %2 exécutions</translation>
    </message>
    <message>
        <source>Fraction of intervals</source>
        <translation>Fraction des intervalles</translation>
    </message>
    <message>
        <source>%1 (percentiles)</source>
        <translation>%1 (percentiles)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n intervals)</source>
        <translation>
            <numerusform>%1 (%n intervalle)</numerusform>
            <numerusform>%1 (%n intervalles)</numerusform>
        </translation>
    </message>
    <message>
        <source>no picked run has a value</source>
        <translation>aucune exécution choisie n&apos;a de valeur</translation>
    </message>
    <message>
        <source>no picked run has per-interval RTT</source>
        <translation>aucune exécution choisie n&apos;a de RTT par intervalle</translation>
    </message>
    <message>
        <source>bins must be a whole number from 1 to 200</source>
        <translation>bins doit être un nombre entier de 1 à 200</translation>
    </message>
    <message>
        <source>%1 per run</source>
        <translation>%1 par exécution</translation>
    </message>
    <message>
        <source>per-interval RTT</source>
        <translation>RTT par intervalle</translation>
    </message>
    <message>
        <source>per-interval transactions/s</source>
        <translation>transactions/s par intervalle</translation>
    </message>
    <message>
        <source>per-interval throughput</source>
        <translation>débit par intervalle</translation>
    </message>
    <message numerus="yes">
        <source>Histogram of %1 (%n runs)</source>
        <translation>
            <numerusform>Histogramme de %1 (%n exécution)</numerusform>
            <numerusform>Histogramme de %1 (%n exécutions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Histogram of %1 (%2 intervals of %n runs)</source>
        <translation>
            <numerusform>Histogramme de %1 (%2 intervalles de %n exécution)</numerusform>
            <numerusform>Histogramme de %1 (%2 intervalles de %n exécutions)</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Intervals</source>
        <translation>Intervalles</translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation>moyenne %1</translation>
    </message>
    <message>
        <source>the history database has no runs of this report&apos;s pairs</source>
        <translation>la base d&apos;historique n&apos;a aucune exécution des paires de ce rapport</translation>
    </message>
    <message>
        <source>no pair %1 in the history (0 to %2)</source>
        <translation>pas de paire %1 dans l&apos;historique (0 à %2)</translation>
    </message>
    <message>
        <source>no series %1 in the history of pair %2 (0 to %3)</source>
        <translation>pas de série %1 dans l&apos;historique de la paire %2 (0 à %3)</translation>
    </message>
    <message>
        <source>the series has no runs</source>
        <translation>la série n&apos;a aucune exécution</translation>
    </message>
    <message>
        <source>History of %1 → %2: %3</source>
        <translation>Historique de %1 → %2 : %3</translation>
    </message>
    <message>
        <source>Stored runs, oldest first (%1 to %2)</source>
        <translation>Exécutions enregistrées, les plus anciennes d&apos;abord (%1 à %2)</translation>
    </message>
    <message>
        <source>value of each run</source>
        <translation>valeur de chaque exécution</translation>
    </message>
    <message>
        <source>baseline band (%1 % CI)</source>
        <translation>bande de référence (IC à %1 %)</translation>
    </message>
    <message numerus="yes">
        <source>regression (%n runs)</source>
        <translation>
            <numerusform>régression (%n exécution)</numerusform>
            <numerusform>régression (%n exécutions)</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot start the template engine: %1</source>
        <translation>impossible de démarrer le moteur de modèles : %1</translation>
    </message>
    <message>
        <source>cannot store the check of %1</source>
        <translation>impossible d&apos;enregistrer la vérification de %1</translation>
    </message>
    <message>
        <source>cannot read the host checks</source>
        <translation>impossible de lire les vérifications des hôtes</translation>
    </message>
    <message>
        <source>built with %1</source>
        <translation>compilé avec %1</translation>
    </message>
    <message>
        <source>linked statically</source>
        <translation>lié statiquement</translation>
    </message>
    <message>
        <source>not found: install python3-jinja2 (reports need it)</source>
        <translation>introuvable : installez python3-jinja2 (les rapports en ont besoin)</translation>
    </message>
    <message>
        <source>netserver: %1</source>
        <translation>netserver : %1</translation>
    </message>
    <message>
        <source>no netserver beside it: local netperf tests cannot start</source>
        <translation>pas de netserver à côté : les tests netperf locaux ne peuvent pas démarrer</translation>
    </message>
    <message>
        <source>not found: runs with several instances cannot start</source>
        <translation>introuvable : les exécutions à plusieurs instances ne peuvent pas démarrer</translation>
    </message>
    <message>
        <source>not found: QoS tests cannot start</source>
        <translation>introuvable : les tests QoS ne peuvent pas démarrer</translation>
    </message>
    <message>
        <source>Qt translations</source>
        <translation>Traductions de Qt</translation>
    </message>
    <message>
        <source>not installed (qt6-translations-l10n): Qt&apos;s own buttons and dialogs stay in English</source>
        <translation>non installées (qt6-translations-l10n) : les boutons et dialogues propres à Qt restent en anglais</translation>
    </message>
    <message>
        <source>Build: %1</source>
        <translation>Compilation : %1</translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation>Système : %1</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <source>found</source>
        <translation>trouvé</translation>
    </message>
    <message>
        <source>netperf cannot change its rate during a test: a pattern runs with iperf3 (TCP) or perfdeck-probe (UDP)</source>
        <translation>netperf ne peut pas changer de débit pendant un test : un motif s&apos;exécute avec iperf3 (TCP) ou perfdeck-probe (UDP)</translation>
    </message>
    <message>
        <source>a pattern sets the rate itself: give a pattern or a bitrate (and burst), not both</source>
        <translation>un motif fixe lui-même le débit : indiquez un motif ou un débit (et une rafale), pas les deux</translation>
    </message>
    <message>
        <source>a pattern runs in one direction: bidirectional is not possible</source>
        <translation>un motif s&apos;exécute dans un seul sens : le mode bidirectionnel est impossible</translation>
    </message>
    <message>
        <source>a pattern runs as one test: instances must be 1 (got %1)</source>
        <translation>un motif s&apos;exécute comme un seul test : les instances doivent valoir 1 (reçu %1)</translation>
    </message>
    <message>
        <source>a UDP pattern is one paced flow of perfdeck-probe: parallel streams must be 1 (got %1)</source>
        <translation>un motif UDP est un seul flux cadencé de perfdeck-probe : les flux parallèles doivent valoir 1 (reçu %1)</translation>
    </message>
    <message>
        <source>a UDP pattern is sent by perfdeck-probe from the client: reverse is not possible (swap client and server instead)</source>
        <translation>un motif UDP est envoyé par perfdeck-probe depuis le client : le sens inverse est impossible (échangez plutôt client et serveur)</translation>
    </message>
    <message>
        <source>a UDP pattern&apos;s datagram length must be 80-65507 bytes (got %1)</source>
        <translation>la longueur de datagramme d&apos;un motif UDP doit être de 80 à 65507 octets (reçu %1)</translation>
    </message>
    <message>
        <source>the pattern&apos;s peak needs %1 packets per second of %2 bytes; perfdeck-probe sends at most %3 (use a longer datagram length)</source>
        <translation>le pic du motif exige %1 paquets par seconde de %2 octets ; perfdeck-probe en envoie au plus %3 (utilisez une longueur de datagramme plus grande)</translation>
    </message>
    <message>
        <source>%1: requested %2, achieved %3</source>
        <translation>%1 : demandé %2, atteint %3</translation>
    </message>
    <message>
        <source>, loss %1 (%2 datagrams)</source>
        <translation>, perte %1 (%2 datagrammes)</translation>
    </message>
    <message>
        <source>pattern &apos;%1&apos;: the TCP phase at %2 s lasts %3 s; TCP patterns run as a sequence of iperf3 tests, whose -t takes whole seconds (use whole seconds, or UDP for the probe&apos;s paced sender)</source>
        <translation>motif &apos;%1&apos; : la phase TCP à %2 s dure %3 s ; les motifs TCP s&apos;exécutent comme une suite de tests iperf3, dont -t prend des secondes entières (utilisez des secondes entières, ou UDP pour l&apos;émetteur cadencé de la sonde)</translation>
    </message>
    <message>
        <source> (iperf3 sends a UDP stream&apos;s set-up datagram once: it or its answer was lost on the way; start the test again)</source>
        <translation> (iperf3 n&apos;envoie qu&apos;une fois le datagramme d&apos;établissement d&apos;un flux UDP : lui ou sa réponse s&apos;est perdu en route ; relancez le test)</translation>
    </message>
    <message>
        <source> (the client ran with a memory limit of %1)</source>
        <translation> (le client tournait avec une limite mémoire de %1)</translation>
    </message>
    <message>
        <source>memory limit must be between 4 MiB and 16 TiB (got %1 bytes)</source>
        <translation>la limite mémoire doit être comprise entre 4 Mio et 16 Tio (reçu : %1 octets)</translation>
    </message>
    <message>
        <source>cannot file the checks of %1 under %2</source>
        <translation>impossible de classer les vérifications de %1 sous %2</translation>
    </message>
    <message>
        <source>the peak rate (%1 + %2) is above 1T (1 Tbit/s), the highest rate a pattern can ask for</source>
        <translation>le débit de crête (%1 + %2) dépasse 1T (1 Tbit/s), le débit le plus élevé qu’un motif peut demander</translation>
    </message>
    <message>
        <source>more than %1 hosts; the rest of the inventory is not read</source>
        <translation>plus de %1 hôtes ; le reste de l’inventaire n’est pas lu</translation>
    </message>
    <message>
        <source>host pattern &apos;%1&apos; names more than %2 hosts</source>
        <translation>le motif d’hôtes &apos;%1&apos; désigne plus de %2 hôtes</translation>
    </message>
    <message>
        <source>RTT through the jump hosts is the round trip of an SSH command</source>
        <translation>le RTT à travers les hôtes de rebond est l&apos;aller-retour d&apos;une commande SSH</translation>
    </message>
    <message>
        <source>%1 (the server closed the connection)</source>
        <translation>%1 (le serveur a fermé la connexion)</translation>
    </message>
    <message>
        <source>%1 (no reply in time)</source>
        <translation>%1 (pas de réponse à temps)</translation>
    </message>
    <message>
        <source>%1 (reading from the connection failed: %2)</source>
        <translation>%1 (échec de la lecture sur la connexion : %2)</translation>
    </message>
    <message>
        <source>%1 (writing to the connection failed: %2)</source>
        <translation>%1 (échec de l’écriture sur la connexion : %2)</translation>
    </message>
    <message>
        <source>cannot start the command on %1: %2</source>
        <translation>impossible de démarrer la commande sur %1 : %2</translation>
    </message>
    <message>
        <source>nothing could be sent for 3 s</source>
        <translation>rien n’a pu être envoyé pendant 3 s</translation>
    </message>
</context>
<context>
    <name>Perfdeck::AboutDialog</name>
    <message>
        <source>About Perfdeck</source>
        <translation>À propos de Perfdeck</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Perfdeck %1&lt;/h3&gt;&lt;p&gt;A workbench for measuring networks with iperf3 and netperf.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Perfdeck %1&lt;/h3&gt;&lt;p&gt;Un atelier pour mesurer les réseaux avec iperf3 et netperf.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Licence: none chosen yet; until one is, all rights are reserved.</source>
        <translation>Licence : aucune choisie pour l&apos;instant ; d&apos;ici là, tous droits réservés.</translation>
    </message>
    <message>
        <source>Detecting the versions of Perfdeck&apos;s parts and tools…</source>
        <translation>Détection des versions des composants et outils de Perfdeck…</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Where / note</source>
        <translation>Emplacement / note</translation>
    </message>
    <message>
        <source>&amp;Copy to Clipboard</source>
        <translation>&amp;Copier dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copy these versions as text, for a bug report</source>
        <translation>Copier ces versions en texte, pour un rapport de bogue</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copié dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Compilation</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>found</source>
        <translation>trouvé</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <source>Detected at run time. Copy them into a bug report with the button below (or run: perfdeck-cli about).</source>
        <translation>Détectées à l&apos;exécution. Copiez-les dans un rapport de bogue avec le bouton ci-dessous (ou lancez : perfdeck-cli about).</translation>
    </message>
</context>
<context>
    <name>Perfdeck::Cli</name>
    <message>
        <source>the history is empty</source>
        <translation>l&apos;historique est vide</translation>
    </message>
    <message>
        <source>perfdeck-cli: no stored runs match in %1 (%2)
</source>
        <translation>perfdeck-cli : aucune exécution enregistrée ne correspond dans %1 (%2)
</translation>
    </message>
    <message>
        <source>history show: &apos;%1&apos; is not a history id (the number in the first column of &apos;perfdeck-cli history list&apos;)</source>
        <translation>history show : &apos;%1&apos; n&apos;est pas un id d&apos;historique (le nombre de la première colonne de &apos;perfdeck-cli history list&apos;)</translation>
    </message>
    <message>
        <source>history run %1 (run id %2)
</source>
        <translation>exécution d&apos;historique %1 (id d&apos;exécution %2)
</translation>
    </message>
    <message>
        <source>(--json prints it as a results document)
</source>
        <translation>(--json l&apos;affiche comme document de résultats)
</translation>
    </message>
    <message>
        <source>no ok runs of %1..%2 in %3 (%4)</source>
        <translation>aucune exécution réussie de %1..%2 dans %3 (%4)</translation>
    </message>
    <message>
        <source>%1..%2: %3 kind(s) of test; each run against the %4 before it, %5 % confidence
</source>
        <translation>%1..%2 : %3 type(s) de test ; chaque exécution contre les %4 précédentes, %5 % de confiance
</translation>
    </message>
    <message>
        <source>  (baseline: %1 earlier run(s))</source>
        <translation>  (référence : %1 exécution(s) antérieure(s))</translation>
    </message>
    <message>
        <source>History database (default: $PERFDECK_HISTORY_DB, else ~/.local/share/perfdeck/history.sqlite).</source>
        <translation>Base d&apos;historique (par défaut : $PERFDECK_HISTORY_DB, sinon ~/.local/share/perfdeck/history.sqlite).</translation>
    </message>
    <message>
        <source>The pair&apos;s client name.</source>
        <translation>Le nom du client de la paire.</translation>
    </message>
    <message>
        <source>The pair&apos;s server name.</source>
        <translation>Le nom du serveur de la paire.</translation>
    </message>
    <message>
        <source>iperf3 or netperf.</source>
        <translation>iperf3 ou netperf.</translation>
    </message>
    <message>
        <source>tcp or udp.</source>
        <translation>tcp ou udp.</translation>
    </message>
    <message>
        <source>Runs of this profile.</source>
        <translation>Exécutions de ce profil.</translation>
    </message>
    <message>
        <source>Runs with this tag.</source>
        <translation>Exécutions avec cette étiquette.</translation>
    </message>
    <message>
        <source>Runs started on or after DATE.</source>
        <translation>Exécutions commencées à DATE ou après.</translation>
    </message>
    <message>
        <source>Runs started on or before DATE.</source>
        <translation>Exécutions commencées à DATE ou avant.</translation>
    </message>
    <message>
        <source>list: at most N runs (default 50; 0: all).</source>
        <translation>list : au plus N exécutions (par défaut 50 ; 0 : toutes).</translation>
    </message>
    <message>
        <source>trend: baseline of each run = the N runs before it (default 10).</source>
        <translation>trend : référence de chaque exécution = les N exécutions précédentes (par défaut 10).</translation>
    </message>
    <message>
        <source>trend: confidence level (default 0.95).</source>
        <translation>trend : niveau de confiance (par défaut 0.95).</translation>
    </message>
    <message>
        <source>history needs an action: list, show ID or trend (see perfdeck-cli history --help)</source>
        <translation>history exige une action : list, show ID ou trend (voir perfdeck-cli history --help)</translation>
    </message>
    <message>
        <source>history: unknown action &apos;%1&apos; (list, show ID, trend)</source>
        <translation>history : action inconnue &apos;%1&apos; (list, show ID, trend)</translation>
    </message>
    <message>
        <source>history show needs one ID</source>
        <translation>history show exige un ID</translation>
    </message>
    <message>
        <source>history %1: unexpected argument &apos;%2&apos;</source>
        <translation>history %1 : argument inattendu &apos;%2&apos;</translation>
    </message>
    <message>
        <source>history trend needs --client A and --server B (the pair&apos;s names as &apos;history list&apos; shows them)</source>
        <translation>history trend exige --client A et --server B (les noms de la paire tels que les montre &apos;history list&apos;)</translation>
    </message>
    <message>
        <source>History database the runs are stored in (default: $PERFDECK_HISTORY_DB, else ~/.local/share/perfdeck/history.sqlite).</source>
        <translation>Base d&apos;historique où les exécutions sont enregistrées (par défaut : $PERFDECK_HISTORY_DB, sinon ~/.local/share/perfdeck/history.sqlite).</translation>
    </message>
    <message>
        <source>Do not store the runs in the history.</source>
        <translation>Ne pas enregistrer les exécutions dans l&apos;historique.</translation>
    </message>
    <message>
        <source>Tag the runs in the history (repeatable or comma-separated; `history list --tag T` finds them).</source>
        <translation>Étiqueter les exécutions dans l&apos;historique (répétable ou séparé par des virgules ; `history list --tag T` les retrouve).</translation>
    </message>
    <message>
        <source>history not updated: %1</source>
        <translation>historique non mis à jour : %1</translation>
    </message>
    <message>
        <source> (%1 already there)</source>
        <translation> (%1 déjà présentes)</translation>
    </message>
    <message>
        <source>(this machine)</source>
        <translation>(cette machine)</translation>
    </message>
    <message>
        <source>%1: nothing to install (%2)
</source>
        <translation>%1 : rien à installer (%2)
</translation>
    </message>
    <message>
        <source>would install</source>
        <translation>installerait</translation>
    </message>
    <message>
        <source>hosts import needs &apos;ssh-config [FILE]&apos; or &apos;ansible FILE&apos;</source>
        <translation>hosts import exige &apos;ssh-config [FILE]&apos; ou &apos;ansible FILE&apos;</translation>
    </message>
    <message>
        <source>hosts import needs --out FILE (or --out - for stdout)</source>
        <translation>hosts import exige --out FILE (ou --out - pour stdout)</translation>
    </message>
    <message>
        <source>hosts import ansible takes one inventory FILE</source>
        <translation>hosts import ansible prend un seul inventaire FILE</translation>
    </message>
    <message>
        <source>hosts import ssh-config takes at most one FILE</source>
        <translation>hosts import ssh-config prend au plus un FILE</translation>
    </message>
    <message>
        <source>no hosts found in %1 (wildcard patterns are defaults, not hosts)</source>
        <translation>aucun hôte trouvé dans %1 (les motifs génériques sont des valeurs par défaut, pas des hôtes)</translation>
    </message>
    <message>
        <source>Perfdeck host inventory imported from %1 (%2)</source>
        <translation>Inventaire d&apos;hôtes Perfdeck importé depuis %1 (%2)</translation>
    </message>
    <message>
        <source>ssh config</source>
        <translation>configuration ssh</translation>
    </message>
    <message>
        <source>The inventory file.</source>
        <translation>Le fichier d&apos;inventaire.</translation>
    </message>
    <message>
        <source>list/check: JSON on stdout.</source>
        <translation>list/check : JSON sur stdout.</translation>
    </message>
    <message>
        <source>import: the inventory to write (&apos;-&apos;: stdout).</source>
        <translation>import : l&apos;inventaire à écrire (&apos;-&apos; : stdout).</translation>
    </message>
    <message>
        <source>check/deploy: known_hosts file for SSH host keys (default ~/.ssh/known_hosts).</source>
        <translation>check/deploy : fichier known_hosts des clés d&apos;hôtes SSH (par défaut ~/.ssh/known_hosts).</translation>
    </message>
    <message>
        <source>check/deploy: accept and save the key of a host not yet in known_hosts (a changed key is always refused).</source>
        <translation>check/deploy : accepter et enregistrer la clé d&apos;un hôte absent de known_hosts (une clé modifiée est toujours refusée).</translation>
    </message>
    <message>
        <source>check/deploy: hosts handled at the same time (default 8 / 4).</source>
        <translation>check/deploy : hôtes traités simultanément (par défaut 8 / 4).</translation>
    </message>
    <message>
        <source>deploy: only this host (repeatable).</source>
        <translation>deploy : seulement cet hôte (répétable).</translation>
    </message>
    <message>
        <source>deploy: tools to install when missing (default iperf3,netperf), or probe (copies perfdeck-probe).</source>
        <translation>deploy : outils à installer s&apos;ils manquent (par défaut iperf3,netperf), ou probe (copie perfdeck-probe).</translation>
    </message>
    <message>
        <source>deploy: show what would run on each host, change nothing.</source>
        <translation>deploy : montrer ce qui serait exécuté sur chaque hôte, sans rien changer.</translation>
    </message>
    <message>
        <source>deploy: a local file (a static helper binary) to copy over SFTP.</source>
        <translation>deploy : un fichier local (un binaire auxiliaire statique) à copier par SFTP.</translation>
    </message>
    <message>
        <source>deploy: the remote path for --copy.</source>
        <translation>deploy : le chemin distant pour --copy.</translation>
    </message>
    <message>
        <source>check: seconds allowed for each step (default 5); deploy: for the SSH login (default 10).</source>
        <translation>check : secondes accordées à chaque étape (par défaut 5) ; deploy : pour la connexion SSH (par défaut 10).</translation>
    </message>
    <message>
        <source>hosts list takes no argument (use --hosts FILE)</source>
        <translation>hosts list ne prend aucun argument (utilisez --hosts FILE)</translation>
    </message>
    <message>
        <source>, latency mean %1 ms</source>
        <translation>, latence moyenne %1 ms</translation>
    </message>
    <message>
        <source>Converts iperf3 -J output, netperf output and flent .flent.gz files into a Perfdeck results document (format perfdeck.results/1). The format of each file is detected from its content.
Exit codes: 0 all files imported, 2 a file failed (the others are still written) or bad arguments.</source>
        <translation>Convertit les sorties iperf3 -J, les sorties netperf et les fichiers flent .flent.gz en un document de résultats Perfdeck (format perfdeck.results/1). Le format de chaque fichier est détecté d&apos;après son contenu.
Codes de sortie : 0 tous les fichiers importés, 2 un fichier a échoué (les autres sont quand même écrits) ou arguments incorrects.</translation>
    </message>
    <message>
        <source>Write the results document to &lt;file&gt; (required; - for standard output).</source>
        <translation>Écrire le document de résultats dans &lt;file&gt; (requis ; - pour la sortie standard).</translation>
    </message>
    <message>
        <source>Import the complete intervals of a truncated file as a partial run.</source>
        <translation>Importer les intervalles complets d&apos;un fichier tronqué comme exécution partielle.</translation>
    </message>
    <message>
        <source>Files to import.</source>
        <translation>Fichiers à importer.</translation>
    </message>
    <message>
        <source>Usage: perfdeck-cli import</source>
        <translation>Usage : perfdeck-cli import</translation>
    </message>
    <message>
        <source>import: no input files (usage: perfdeck-cli import FILE... --json OUT)</source>
        <translation>import : aucun fichier d&apos;entrée (usage : perfdeck-cli import FILE... --json OUT)</translation>
    </message>
    <message>
        <source>import: --json OUT is required (where to write the results document)</source>
        <translation>import : --json OUT est requis (où écrire le document de résultats)</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>sortie standard</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>could not write to standard output: %1</source>
        <translation>impossible d&apos;écrire sur la sortie standard : %1</translation>
    </message>
    <message>
        <source> (name the inventory with --hosts FILE)</source>
        <translation> (indiquez l&apos;inventaire avec --hosts FILE)</translation>
    </message>
    <message>
        <source>if it is the right key, pass --accept-new-host-keys to accept and save it</source>
        <translation>si c&apos;est la bonne clé, passez --accept-new-host-keys pour l&apos;accepter et l&apos;enregistrer</translation>
    </message>
    <message>
        <source>plan: %1 client%2 x %3 server%4 x %5 test%6: %7 cells to run, %8 skipped; at most %9 at once%10
</source>
        <translation>plan : %1 client%2 x %3 serveur%4 x %5 test%6 : %7 cellules à exécuter, %8 ignorées ; au plus %9 à la fois%10
</translation>
    </message>
    <message>
        <source>, %1 per host</source>
        <translation>, %1 par hôte</translation>
    </message>
    <message>
        <source> (some failed)</source>
        <translation> (certaines ont échoué)</translation>
    </message>
    <message>
        <source>no profiles found (looked in: %1)</source>
        <translation>aucun profil trouvé (cherché dans : %1)</translation>
    </message>
    <message>
        <source>YAML test profiles.
  list            the profiles found, with description and number of tests
  show NAME|FILE  the tests after inheritance (extends) and variable substitution
  validate FILE   &apos;ok&apos; (exit 0), or FILE:LINE:COLUMN errors (exit 2)
Profiles are looked up in $PERFDECK_PROFILE_DIR, the installed share/perfdeck/profiles, then ~/.config/perfdeck/profiles (user profiles).</source>
        <translation>Profils de test YAML.
  list            les profils trouvés, avec description et nombre de tests
  show NAME|FILE  les tests après héritage (extends) et substitution des variables
  validate FILE   &apos;ok&apos; (sortie 0), ou erreurs FILE:LINE:COLUMN (sortie 2)
Les profils sont cherchés dans $PERFDECK_PROFILE_DIR, le share/perfdeck/profiles installé, puis ~/.config/perfdeck/profiles (profils de l&apos;utilisateur).</translation>
    </message>
    <message>
        <source>show/validate: the ${HOST} to substitute (default: empty, the embedded 127.0.0.1 server).</source>
        <translation>show/validate : le ${HOST} à substituer (par défaut : vide, le serveur intégré sur 127.0.0.1).</translation>
    </message>
    <message>
        <source>show/validate: set a profile variable, e.g. --set DURATION=5 (repeatable).</source>
        <translation>show/validate : définir une variable de profil, p. ex. --set DURATION=5 (répétable).</translation>
    </message>
    <message>
        <source>list, show or validate</source>
        <translation>list, show ou validate</translation>
    </message>
    <message>
        <source>profile list takes no argument</source>
        <translation>profile list ne prend aucun argument</translation>
    </message>
    <message>
        <source>profile needs an action: list, show NAME or validate FILE</source>
        <translation>profile exige une action : list, show NAME ou validate FILE</translation>
    </message>
    <message>
        <source>unknown profile action &apos;%1&apos; (use list, show or validate)</source>
        <translation>action profile inconnue &apos;%1&apos; (utilisez list, show ou validate)</translation>
    </message>
    <message>
        <source>profile %1 takes one NAME or FILE</source>
        <translation>profile %1 prend un NAME ou un FILE</translation>
    </message>
    <message>
        <source>no profile &apos;%1&apos; (not a file, and not found in: %2)</source>
        <translation>pas de profil &apos;%1&apos; (ni un fichier, ni trouvé dans : %2)</translation>
    </message>
    <message>
        <source>(empty: the embedded server on 127.0.0.1)</source>
        <translation>(vide : le serveur intégré sur 127.0.0.1)</translation>
    </message>
    <message>
        <source>Sends perfdeck-probe traffic marked with each DSCP class and reports, per class, the code point that arrived (kept, remarked to X, bleached to 0), loss, jitter and RTT. With no --target and no --hosts, the reflector runs on 127.0.0.1 (::1 with --ipv6).</source>
        <translation>Envoie du trafic perfdeck-probe marqué avec chaque classe DSCP et indique, par classe, le point de code arrivé (conservé, remarqué en X, blanchi à 0), la perte, la gigue et le RTT. Sans --target ni --hosts, le réflecteur tourne sur 127.0.0.1 (::1 avec --ipv6).</translation>
    </message>
    <message>
        <source>A reflector already running there (perfdeck-probe reflect --port PORT).</source>
        <translation>Un réflecteur déjà en marche là-bas (perfdeck-probe reflect --port PORT).</translation>
    </message>
    <message>
        <source>Host inventory (YAML).</source>
        <translation>Inventaire d&apos;hôtes (YAML).</translation>
    </message>
    <message>
        <source>The host that sends (inventory name).</source>
        <translation>L&apos;hôte qui émet (nom dans l&apos;inventaire).</translation>
    </message>
    <message>
        <source>The host that reflects (inventory name).</source>
        <translation>L&apos;hôte qui réfléchit (nom dans l&apos;inventaire).</translation>
    </message>
    <message>
        <source>Seconds of traffic (default 5).</source>
        <translation>Secondes de trafic (par défaut 5).</translation>
    </message>
    <message>
        <source>Packets per second per class (default 100).</source>
        <translation>Paquets par seconde et par classe (par défaut 100).</translation>
    </message>
    <message>
        <source>UDP payload bytes (80-65507, default 200).</source>
        <translation>Octets de charge utile UDP (80-65507, par défaut 200).</translation>
    </message>
    <message>
        <source>Seconds per interval (default 1).</source>
        <translation>Secondes par intervalle (par défaut 1).</translation>
    </message>
    <message>
        <source>The local reflector listens on ::1.</source>
        <translation>Le réflecteur local écoute sur ::1.</translation>
    </message>
    <message>
        <source>Bulk TCP (iperf3) marked with this class between the same hosts in the middle of the test; says whether the higher classes were protected (needs --duration &gt;= 5).</source>
        <translation>TCP de masse (iperf3) marqué avec cette classe entre les mêmes hôtes au milieu du test ; indique si les classes supérieures ont été protégées (exige --duration &gt;= 5).</translation>
    </message>
    <message>
        <source>Parallel streams of the bulk test.</source>
        <translation>Flux parallèles du test de masse.</translation>
    </message>
    <message>
        <source>Print a results document instead of the table.</source>
        <translation>Afficher un document de résultats au lieu du tableau.</translation>
    </message>
    <message>
        <source>Also save the results document there.</source>
        <translation>Enregistrer aussi le document de résultats à cet endroit.</translation>
    </message>
    <message>
        <source>perfdeck-probe on SSH hosts (default .perfdeck/bin/perfdeck-probe, where hosts deploy --tools probe copies it).</source>
        <translation>perfdeck-probe sur les hôtes SSH (par défaut .perfdeck/bin/perfdeck-probe, où hosts deploy --tools probe le copie).</translation>
    </message>
    <message>
        <source>known_hosts file for SSH hosts.</source>
        <translation>Fichier known_hosts pour les hôtes SSH.</translation>
    </message>
    <message>
        <source>Accept and save the key of an SSH host seen for the first time.</source>
        <translation>Accepter et enregistrer la clé d&apos;un hôte SSH vu pour la première fois.</translation>
    </message>
    <message>
        <source>qos: --classes is required (e.g. --classes EF,AF41,CS0)</source>
        <translation>qos : --classes est requis (p. ex. --classes EF,AF41,CS0)</translation>
    </message>
    <message>
        <source>qos: --%1 must be between %2 and %3 (got &apos;%4&apos;)</source>
        <translation>qos : --%1 doit être entre %2 et %3 (reçu &apos;%4&apos;)</translation>
    </message>
    <message>
        <source>qos: --bulk: &apos;%1&apos; is not a DSCP class</source>
        <translation>qos : --bulk : &apos;%1&apos; n&apos;est pas une classe DSCP</translation>
    </message>
    <message>
        <source>qos: --bulk needs --duration of at least 5 s (a quiet baseline, the bulk test, a quiet end)</source>
        <translation>qos : --bulk exige --duration d&apos;au moins 5 s (une référence calme, le test de masse, une fin calme)</translation>
    </message>
    <message>
        <source>qos: give either --target or --hosts/--clients/--servers</source>
        <translation>qos : indiquez soit --target, soit --hosts/--clients/--servers</translation>
    </message>
    <message>
        <source>qos: --target needs HOST:PORT (a reflector started with perfdeck-probe reflect --port PORT)</source>
        <translation>qos : --target exige HOST:PORT (un réflecteur lancé avec perfdeck-probe reflect --port PORT)</translation>
    </message>
    <message>
        <source>qos: name one sending host with --clients and one reflecting host with --servers</source>
        <translation>qos : indiquez un hôte émetteur avec --clients et un hôte réflecteur avec --servers</translation>
    </message>
    <message>
        <source>Renders a report of a session or results file with a Jinja2 template.
The output&apos;s extension picks the format: .html, .md, .txt, .csv (the template&apos;s text)
or .pdf (an HTML template laid out on pages, charts drawn as vectors).
Templates are looked up in the user&apos;s template folder, then the shipped ones
(perfdeck-cli template list). Exit 2 on bad input or a template error (FILE:LINE).</source>
        <translation>Produit un rapport d&apos;une session ou d&apos;un fichier de résultats avec un modèle Jinja2.
L&apos;extension de la sortie choisit le format : .html, .md, .txt, .csv (le texte du modèle)
ou .pdf (un modèle HTML mis en page, graphiques tracés en vectoriel).
Les modèles sont cherchés dans le dossier de modèles de l&apos;utilisateur, puis parmi ceux fournis
(perfdeck-cli template list). Sortie 2 en cas d&apos;entrée incorrecte ou d&apos;erreur de modèle (FILE:LINE).</translation>
    </message>
    <message>
        <source>session or results file</source>
        <translation>session ou fichier de résultats</translation>
    </message>
    <message>
        <source>the report: .pdf, .html, .md, .txt, .csv (- writes the text to standard output)</source>
        <translation>le rapport : .pdf, .html, .md, .txt, .csv (- écrit le texte sur la sortie standard)</translation>
    </message>
    <message>
        <source>compare with the runs of this file</source>
        <translation>comparer avec les exécutions de ce fichier</translation>
    </message>
    <message>
        <source>also write the template context as JSON (see docs/TEMPLATES.md)</source>
        <translation>écrire aussi le contexte du modèle en JSON (voir docs/TEMPLATES.md)</translation>
    </message>
    <message>
        <source>confidence level (default 0.95)</source>
        <translation>niveau de confiance (par défaut 0.95)</translation>
    </message>
    <message>
        <source>PDF page size: a4 or letter (default: from the locale)</source>
        <translation>format de page PDF : a4 ou letter (par défaut : d&apos;après la locale)</translation>
    </message>
    <message>
        <source>seconds a template may render before it is stopped (default 10)</source>
        <translation>secondes de rendu accordées à un modèle avant son arrêt (par défaut 10)</translation>
    </message>
    <message>
        <source>report needs exactly one session or results FILE (see perfdeck-cli report --help)</source>
        <translation>report exige exactement une session ou un FILE de résultats (voir perfdeck-cli report --help)</translation>
    </message>
    <message>
        <source>report needs --out FILE (or --context-json FILE)</source>
        <translation>report exige --out FILE (ou --context-json FILE)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: unknown report format (use .pdf, .html, .md, .txt or .csv)</source>
        <translation>&apos;%1&apos; : format de rapport inconnu (utilisez .pdf, .html, .md, .txt ou .csv)</translation>
    </message>
    <message>
        <source>
perfdeck-cli: stopping the test (press Ctrl-C again to kill it now)...
</source>
        <translation>
perfdeck-cli : arrêt du test (appuyez de nouveau sur Ctrl-C pour le tuer tout de suite)...
</translation>
    </message>
    <message>
        <source>killed the running test on a second interrupt</source>
        <translation>test en cours tué à la seconde interruption</translation>
    </message>
    <message>
        <source>%1 DSCP %2: %3 (probe flow of the class beside the test)
</source>
        <translation>%1 DSCP %2 : %3 (flux de sonde de la classe à côté du test)
</translation>
    </message>
    <message>
        <source>Serve Prometheus metrics at http://ADDR:PORT/metrics while the tests run (ADDR: 127.0.0.1 if omitted; port 0: a free one, printed).</source>
        <translation>Servir les métriques Prometheus sur http://ADDR:PORT/metrics pendant les tests (ADDR : 127.0.0.1 si omis ; port 0 : un port libre, affiché).</translation>
    </message>
    <message>
        <source>Push the live figures to a StatsD daemon over UDP.</source>
        <translation>Envoyer les valeurs en direct à un démon StatsD par UDP.</translation>
    </message>
    <message>
        <source>Append the live figures to FILE in InfluxDB line protocol.</source>
        <translation>Ajouter les valeurs en direct à FILE au format InfluxDB line protocol.</translation>
    </message>
    <message>
        <source>Runs iperf3 tests. Without --target, Perfdeck starts its own iperf3 server on 127.0.0.1 on a free port. iperf3&apos;s short options (-c -t -P -R -u -b -i -O -l -w -C) are accepted too.
With --profile, every test of the profile runs in turn: --target becomes ${HOST} and every test&apos;s server, --set NAME=VALUE overrides a profile variable (e.g. --set DURATION=5), and any test option given explicitly (--duration, --parallel, --udp, --bitrate, --dscp, --repeat, ...) overrides that field in every test of the profile; the netperf options apply to its netperf tests only. &apos;perfdeck-cli profile list&apos; shows the profiles.</source>
        <translation>Exécute des tests iperf3. Sans --target, Perfdeck démarre son propre serveur iperf3 sur 127.0.0.1 sur un port libre. Les options courtes d&apos;iperf3 (-c -t -P -R -u -b -i -O -l -w -C) sont aussi acceptées.
Avec --profile, chaque test du profil s&apos;exécute à son tour : --target devient ${HOST} et le serveur de chaque test, --set NAME=VALUE remplace une variable du profil (p. ex. --set DURATION=5), et toute option de test donnée explicitement (--duration, --parallel, --udp, --bitrate, --dscp, --repeat, ...) remplace ce champ dans chaque test du profil ; les options netperf ne s&apos;appliquent qu&apos;à ses tests netperf. &apos;perfdeck-cli profile list&apos; affiche les profils.</translation>
    </message>
    <message>
        <source>Server to test against.</source>
        <translation>Serveur contre lequel tester.</translation>
    </message>
    <message>
        <source>iperf3 (default) or netperf.</source>
        <translation>iperf3 (par défaut) ou netperf.</translation>
    </message>
    <message>
        <source>Run the tests of a YAML profile (a name from &apos;profile list&apos;, or a file).</source>
        <translation>Exécuter les tests d&apos;un profil YAML (un nom de &apos;profile list&apos;, ou un fichier).</translation>
    </message>
    <message>
        <source>With --profile: set a profile variable (repeatable).</source>
        <translation>Avec --profile : définir une variable de profil (répétable).</translation>
    </message>
    <message>
        <source>Test duration in seconds (default 10).</source>
        <translation>Durée du test en secondes (par défaut 10).</translation>
    </message>
    <message>
        <source>Parallel streams, 1-128 (default 1).</source>
        <translation>Flux parallèles, 1-128 (par défaut 1).</translation>
    </message>
    <message>
        <source>Server sends, client receives (-R).</source>
        <translation>Le serveur émet, le client reçoit (-R).</translation>
    </message>
    <message>
        <source>Both directions at once (--bidir).</source>
        <translation>Les deux sens à la fois (--bidir).</translation>
    </message>
    <message>
        <source>UDP instead of TCP.</source>
        <translation>UDP au lieu de TCP.</translation>
    </message>
    <message>
        <source>Target bitrate, e.g. 100M or 1G/32 (burst).</source>
        <translation>Débit cible, p. ex. 100M ou 1G/32 (rafale).</translation>
    </message>
    <message>
        <source>Seconds between reports (default 1).</source>
        <translation>Secondes entre les rapports (par défaut 1).</translation>
    </message>
    <message>
        <source>Omit the first S seconds (TCP slow start).</source>
        <translation>Omettre les S premières secondes (slow start TCP).</translation>
    </message>
    <message>
        <source>Buffer length, e.g. 128K.</source>
        <translation>Longueur de tampon, p. ex. 128K.</translation>
    </message>
    <message>
        <source>Socket buffer size, e.g. 4M.</source>
        <translation>Taille du tampon de socket, p. ex. 4M.</translation>
    </message>
    <message>
        <source>TCP congestion algorithm, e.g. bbr.</source>
        <translation>Algorithme de congestion TCP, p. ex. bbr.</translation>
    </message>
    <message>
        <source>iperf3 &lt; 3.17 against a server Perfdeck did not start: follow the client&apos;s text output live (figures rounded to 3 digits).</source>
        <translation>iperf3 &lt; 3.17 contre un serveur non démarré par Perfdeck : suivre en direct la sortie texte du client (valeurs arrondies à 3 chiffres).</translation>
    </message>
    <message>
        <source>Include the server&apos;s output.</source>
        <translation>Inclure la sortie du serveur.</translation>
    </message>
    <message>
        <source>netperf test: TCP_STREAM, TCP_MAERTS, UDP_STREAM, TCP_RR, TCP_CRR, UDP_RR or OMNI (default: from --udp/--reverse).</source>
        <translation>test netperf : TCP_STREAM, TCP_MAERTS, UDP_STREAM, TCP_RR, TCP_CRR, UDP_RR ou OMNI (par défaut : d&apos;après --udp/--reverse).</translation>
    </message>
    <message>
        <source>netperf _RR tests: request size in bytes (default 1).</source>
        <translation>tests netperf _RR : taille de requête en octets (par défaut 1).</translation>
    </message>
    <message>
        <source>netperf _RR tests: response size (default: the request size).</source>
        <translation>tests netperf _RR : taille de réponse (par défaut : la taille de requête).</translation>
    </message>
    <message>
        <source>netperf -I: repeat the test until the result is within the width at this confidence, 95 or 99.</source>
        <translation>netperf -I : répéter le test jusqu&apos;à ce que le résultat tienne dans la largeur à cette confiance, 95 ou 99.</translation>
    </message>
    <message>
        <source>netperf -I: width of the confidence interval in percent (default 5, i.e. +/-2.5 %).</source>
        <translation>netperf -I : largeur de l&apos;intervalle de confiance en pourcentage (par défaut 5, soit +/-2,5 %).</translation>
    </message>
    <message>
        <source>netperf -i: at most N iterations (default 10).</source>
        <translation>netperf -i : au plus N itérations (par défaut 10).</translation>
    </message>
    <message>
        <source>netperf -i: at least N iterations (default 3).</source>
        <translation>netperf -i : au moins N itérations (par défaut 3).</translation>
    </message>
    <message>
        <source>Path of the netperf binary.</source>
        <translation>Chemin du binaire netperf.</translation>
    </message>
    <message>
        <source>Run up to N tests at the same time, each against its own server (default 1; a profile with &apos;concurrent: true&apos; runs all its tests at once).</source>
        <translation>Exécuter jusqu&apos;à N tests à la fois, chacun contre son propre serveur (par défaut 1 ; un profil avec &apos;concurrent: true&apos; exécute tous ses tests à la fois).</translation>
    </message>
    <message>
        <source>Run the test N times (default 1).</source>
        <translation>Exécuter le test N fois (par défaut 1).</translation>
    </message>
    <message>
        <source>Run N copies of each test at the same time, each against its own server, released together (default 1).</source>
        <translation>Exécuter N copies de chaque test à la fois, chacune contre son propre serveur, lancées ensemble (par défaut 1).</translation>
    </message>
    <message>
        <source>Pin the clients to CPUs: &apos;auto&apos; (instance i on CPU i) or a list such as 0,2-3 that the instances take in turn.</source>
        <translation>Épingler les clients à des CPU : &apos;auto&apos; (instance i sur le CPU i) ou une liste comme 0,2-3 que les instances prennent à tour de rôle.</translation>
    </message>
    <message>
        <source>Write the results document to FILE (- for standard output).</source>
        <translation>Écrire le document de résultats dans FILE (- pour la sortie standard).</translation>
    </message>
    <message>
        <source>Write one row per interval to FILE (- for standard output).</source>
        <translation>Écrire une ligne par intervalle dans FILE (- pour la sortie standard).</translation>
    </message>
    <message>
        <source>Append the runs to session FILE.</source>
        <translation>Ajouter les exécutions à la session FILE.</translation>
    </message>
    <message>
        <source>Path of the iperf3 binary.</source>
        <translation>Chemin du binaire iperf3.</translation>
    </message>
    <message>
        <source>Keep each run&apos;s raw iperf3 output in DIR.</source>
        <translation>Conserver la sortie brute d&apos;iperf3 de chaque exécution dans DIR.</translation>
    </message>
    <message>
        <source>No live progress on stderr.</source>
        <translation>Pas de progression en direct sur stderr.</translation>
    </message>
    <message>
        <source>With --dscp: do not run a perfdeck-probe flow of the class beside the test (it reports the DSCP that arrived).</source>
        <translation>Avec --dscp : ne pas exécuter de flux perfdeck-probe de la classe à côté du test (il indique le DSCP arrivé).</translation>
    </message>
    <message>
        <source>Host inventory (perfdeck.hosts/1 YAML) naming --clients and --servers.</source>
        <translation>Inventaire d&apos;hôtes (YAML perfdeck.hosts/1) nommant --clients et --servers.</translation>
    </message>
    <message>
        <source>Run a test plan: every test from each of these hosts (comma-separated inventory names)...</source>
        <translation>Exécuter un plan de test : chaque test depuis chacun de ces hôtes (noms d&apos;inventaire séparés par des virgules)...</translation>
    </message>
    <message>
        <source>...to each of these hosts (a host is not its own server).</source>
        <translation>...vers chacun de ces hôtes (un hôte n&apos;est pas son propre serveur).</translation>
    </message>
    <message>
        <source>known_hosts file that the SSH host keys of inventory hosts are checked against (default ~/.ssh/known_hosts).</source>
        <translation>Fichier known_hosts contre lequel les clés d&apos;hôte SSH des hôtes de l&apos;inventaire sont vérifiées (par défaut ~/.ssh/known_hosts).</translation>
    </message>
    <message>
        <source>Accept the key of a host not yet in known_hosts and append it there (a changed key is always refused).</source>
        <translation>Accepter la clé d&apos;un hôte absent de known_hosts et l&apos;y ajouter (une clé modifiée est toujours refusée).</translation>
    </message>
    <message>
        <source>Test plan: at most N tests at the same time (default 1).</source>
        <translation>Plan de test : au plus N tests à la fois (par défaut 1).</translation>
    </message>
    <message>
        <source>Test plan: a host takes part in at most N tests at once (default: no limit).</source>
        <translation>Plan de test : un hôte participe à au plus N tests à la fois (par défaut : sans limite).</translation>
    </message>
    <message>
        <source>Write a report of the runs: .pdf, .html, .md, .txt or .csv (see perfdeck-cli report).</source>
        <translation>Écrire un rapport des exécutions : .pdf, .html, .md, .txt ou .csv (voir perfdeck-cli report).</translation>
    </message>
    <message>
        <source>The report&apos;s template NAME or FILE (default: summary).</source>
        <translation>Le modèle du rapport, NAME ou FILE (par défaut : summary).</translation>
    </message>
    <message>
        <source>The report compares the runs with this results or session file.</source>
        <translation>Le rapport compare les exécutions avec ce fichier de résultats ou de session.</translation>
    </message>
    <message>
        <source>profile %1 runs its %2 tests at the same time (concurrent: true), more than the %3 Perfdeck allows</source>
        <translation>le profil %1 exécute ses %2 tests à la fois (concurrent: true), plus que les %3 permis par Perfdeck</translation>
    </message>
    <message>
        <source>a test plan needs both --clients and --servers</source>
        <translation>un plan de test exige à la fois --clients et --servers</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (see --help)</source>
        <translation>argument inattendu &apos;%1&apos; (voir --help)</translation>
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
        <translation>, latence moyenne %1 µs, pire p99 %2 µs</translation>
    </message>
    <message>
        <source>, start skew %1 ms</source>
        <translation>, décalage de démarrage %1 ms</translation>
    </message>
    <message>
        <source>, start skew not measured</source>
        <translation>, décalage de démarrage non mesuré</translation>
    </message>
    <message>
        <source>  per instance: </source>
        <translation>  par instance : </translation>
    </message>
    <message>
        <source>[%1/%2] %3/%4 s  (waiting for the result)
</source>
        <translation>[%1/%2] %3/%4 s  (attente du résultat)
</translation>
    </message>
    <message>
        <source>: neither a results document, a session nor a file &apos;perfdeck-cli import&apos; reads</source>
        <translation> : ni un document de résultats, ni une session, ni un fichier que lit &apos;perfdeck-cli import&apos;</translation>
    </message>
    <message>
        <source>%1 (%2), %3 %4 %5, measured at the %6
</source>
        <translation>%1 (%2), %3 %4 %5, mesuré chez le %6
</translation>
    </message>
    <message>
        <source>the runs to analyse</source>
        <translation>les exécutions à analyser</translation>
    </message>
    <message>
        <source>only this run: its id or number (#3 or 3)</source>
        <translation>seulement cette exécution : son id ou son numéro (#3 ou 3)</translation>
    </message>
    <message>
        <source>shaping needs exactly one FILE (see perfdeck-cli shaping --help)</source>
        <translation>shaping exige exactement un FILE (voir perfdeck-cli shaping --help)</translation>
    </message>
    <message>
        <source>%1: no runs to analyse</source>
        <translation>%1 : aucune exécution à analyser</translation>
    </message>
    <message>
        <source>%1: no run &apos;%2&apos; (runs: %3%4)</source>
        <translation>%1 : pas d&apos;exécution &apos;%2&apos; (exécutions : %3%4)</translation>
    </message>
    <message>
        <source>perfdeck-cli: note: %1: %2 skipped (status error%3)
</source>
        <translation>perfdeck-cli : remarque : %1 : %2 ignorée (statut error%3)
</translation>
    </message>
    <message>
        <source>perfdeck-cli: note: %1: %2 skipped (%3 is null)
</source>
        <translation>perfdeck-cli : remarque : %1 : %2 ignorée (%3 vaut null)
</translation>
    </message>
    <message>
        <source>perfdeck-cli: note: %1: %2 is partial (stopped early%3); its value is used
</source>
        <translation>perfdeck-cli : remarque : %1 : %2 est partielle (arrêtée tôt%3) ; sa valeur est utilisée
</translation>
    </message>
    <message>
        <source>%1: no run has a value for %2</source>
        <translation>%1 : aucune exécution n&apos;a de valeur pour %2</translation>
    </message>
    <message>
        <source> (--metric can name: %1)</source>
        <translation> (--metric peut indiquer : %1)</translation>
    </message>
    <message>
        <source>%1: no ok runs of %2..%3 in the history %4%5</source>
        <translation>%1 : aucune exécution réussie de %2..%3 dans l&apos;historique %4%5</translation>
    </message>
    <message>
        <source>%1:%2: &apos;%3&apos; is not a number</source>
        <translation>%1:%2: &apos;%3&apos; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>%1:%2: &apos;%3&apos; is not a finite number</source>
        <translation>%1:%2: &apos;%3&apos; n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <source>%1: no numbers found (expected one number per line)</source>
        <translation>%1 : aucun nombre trouvé (un nombre par ligne attendu)</translation>
    </message>
    <message>
        <source>%1 values from CSV</source>
        <translation>%1 valeurs du CSV</translation>
    </message>
    <message>
        <source>%1: a history pair is a baseline only (--baseline history:PAIR)</source>
        <translation>%1 : une paire d&apos;historique n&apos;est qu&apos;une référence (--baseline history:PAIR)</translation>
    </message>
    <message>
        <source>%1 over %2 streams (mean stream rates)</source>
        <translation>%1 sur %2 flux (débits moyens des flux)</translation>
    </message>
    <message>
        <source>, mean of %1 runs</source>
        <translation>, moyenne de %1 exécutions</translation>
    </message>
    <message>
        <source>Jain fairness</source>
        <translation>Équité de Jain</translation>
    </message>
    <message>
        <source>
against baseline %1 (%2)
</source>
        <translation>
contre la référence %1 (%2)
</translation>
    </message>
    <message>
        <source>change of the mean</source>
        <translation>variation de la moyenne</translation>
    </message>
    <message>
        <source>normal approximation</source>
        <translation>approximation normale</translation>
    </message>
    <message>
        <source> (significant at %1 % confidence)</source>
        <translation> (significatif à %1 % de confiance)</translation>
    </message>
    <message>
        <source> (no significant difference at %1 % confidence)</source>
        <translation> (pas de différence significative à %1 % de confiance)</translation>
    </message>
    <message>
        <source> - but the tests are not alike (see WARNING)</source>
        <translation> - mais les tests ne sont pas comparables (voir WARNING)</translation>
    </message>
    <message>
        <source>Statistics of one value per run of a results document (summary.throughput_bps, or
transactions_per_s for latency tests) or of a CSV with one number per line.
With --baseline: Welch t-test, Mann-Whitney U and a verdict; exit 3 on a significant
regression. Exit 2 on bad input.</source>
        <translation>Statistiques d&apos;une valeur par exécution d&apos;un document de résultats (summary.throughput_bps, ou
transactions_per_s pour les tests de latence) ou d&apos;un CSV à un nombre par ligne.
Avec --baseline : test t de Welch, U de Mann-Whitney et un verdict ; sortie 3 en cas de
régression significative. Sortie 2 en cas d&apos;entrée incorrecte.</translation>
    </message>
    <message>
        <source>results document or CSV</source>
        <translation>document de résultats ou CSV</translation>
    </message>
    <message>
        <source>compare against this results document or CSV, or history:CLIENT..SERVER[:N]: the newest N (default 10) ok runs of that pair in the history like the runs of FILE</source>
        <translation>comparer à ce document de résultats ou CSV, ou history:CLIENT..SERVER[:N] : les N (par défaut 10) exécutions réussies les plus récentes de cette paire dans l&apos;historique, semblables à celles de FILE</translation>
    </message>
    <message>
        <source>history database of --baseline history:... (default: $PERFDECK_HISTORY_DB, else ~/.local/share/perfdeck/history.sqlite)</source>
        <translation>base d&apos;historique de --baseline history:... (par défaut : $PERFDECK_HISTORY_DB, sinon ~/.local/share/perfdeck/history.sqlite)</translation>
    </message>
    <message>
        <source>throughput | transactions | a summary field such as rtt_mean_us or latency_us.p99 (default: throughput, else transactions)</source>
        <translation>throughput | transactions | un champ de résumé comme rtt_mean_us ou latency_us.p99 (par défaut : throughput, sinon transactions)</translation>
    </message>
    <message>
        <source>higher | lower is better (default: lower for latency/rtt/jitter/loss/retransmit fields, else higher)</source>
        <translation>higher | lower est meilleur (par défaut : lower pour les champs latence/rtt/gigue/perte/retransmission, sinon higher)</translation>
    </message>
    <message>
        <source>bootstrap resamples (default 10000; 0: none)</source>
        <translation>rééchantillonnages bootstrap (par défaut 10000 ; 0 : aucun)</translation>
    </message>
    <message>
        <source>stats needs exactly one FILE (see perfdeck-cli stats --help)</source>
        <translation>stats exige exactement un FILE (voir perfdeck-cli stats --help)</translation>
    </message>
    <message>
        <source>cannot compare %1 with %2: %3</source>
        <translation>impossible de comparer %1 à %2 : %3</translation>
    </message>
    <message>
        <source>%1 mixes unlike runs: %2</source>
        <translation>%1 mélange des exécutions dissemblables : %2</translation>
    </message>
    <message>
        <source>no templates found (looked in: %1)</source>
        <translation>aucun modèle trouvé (cherché dans : %1)</translation>
    </message>
    <message>
        <source>user (shadows shipped)</source>
        <translation>utilisateur (masque celui fourni)</translation>
    </message>
    <message>
        <source>validate: render against the report context of this session or results file instead of the built-in sample</source>
        <translation>validate : produire le rendu avec le contexte de rapport de cette session ou de ce fichier de résultats au lieu de l&apos;exemple intégré</translation>
    </message>
    <message>
        <source>template list takes no argument</source>
        <translation>template list ne prend aucun argument</translation>
    </message>
    <message>
        <source>template needs an action: list, show NAME or validate FILE</source>
        <translation>template exige une action : list, show NAME ou validate FILE</translation>
    </message>
    <message>
        <source>unknown template action &apos;%1&apos; (use list, show or validate)</source>
        <translation>action template inconnue &apos;%1&apos; (utilisez list, show ou validate)</translation>
    </message>
    <message>
        <source>template %1 takes one NAME or FILE</source>
        <translation>template %1 prend un NAME ou un FILE</translation>
    </message>
    <message>
        <source>--engine &apos;%1&apos; must be iperf3 or netperf</source>
        <translation>--engine &apos;%1&apos; doit être iperf3 ou netperf</translation>
    </message>
    <message>
        <source>--protocol &apos;%1&apos; must be tcp or udp</source>
        <translation>--protocol &apos;%1&apos; doit être tcp ou udp</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a date (2026-12-01, 2026-12-01T14:30, or ISO 8601 with a zone)</source>
        <translation>--%1 &apos;%2&apos; n&apos;est pas une date (2026-12-01, 2026-12-01T14:30, ou ISO 8601 avec fuseau)</translation>
    </message>
    <message>
        <source>--limit &apos;%1&apos; must be 0 or a positive whole number</source>
        <translation>--limit &apos;%1&apos; doit être 0 ou un entier positif</translation>
    </message>
    <message>
        <source>--window &apos;%1&apos; must be a whole number from 2 to 10000</source>
        <translation>--window &apos;%1&apos; doit être un entier de 2 à 10000</translation>
    </message>
    <message>
        <source>--confidence &apos;%1&apos; must be a number between 0 and 1, e.g. 0.95</source>
        <translation>--confidence &apos;%1&apos; doit être un nombre entre 0 et 1, p. ex. 0.95</translation>
    </message>
    <message>
        <source>perfdeck-cli: warning: %1
</source>
        <translation>perfdeck-cli : avertissement : %1
</translation>
    </message>
    <message>
        <source>--history-db needs a file name</source>
        <translation>--history-db exige un nom de fichier</translation>
    </message>
    <message>
        <source>--hosts FILE is required (a perfdeck.hosts/1 inventory; &apos;perfdeck-cli hosts import&apos; writes one)</source>
        <translation>--hosts FILE est requis (un inventaire perfdeck.hosts/1 ; &apos;perfdeck-cli hosts import&apos; en écrit un)</translation>
    </message>
    <message>
        <source>--max-parallel must be a whole number &gt;= 1</source>
        <translation>--max-parallel doit être un entier &gt;= 1</translation>
    </message>
    <message>
        <source>--timeout must be seconds between 0 and 600</source>
        <translation>--timeout doit être un nombre de secondes entre 0 et 600</translation>
    </message>
    <message>
        <source>checked %1: %2
</source>
        <translation>%1 vérifié : %2
</translation>
    </message>
    <message>
        <source>--tools probe copies perfdeck-probe over SFTP: deploy it on its own (then --tools iperf3,netperf)</source>
        <translation>--tools probe copie perfdeck-probe par SFTP : déployez-le seul (puis --tools iperf3,netperf)</translation>
    </message>
    <message>
        <source>--tools needs iperf3, netperf or both, or probe</source>
        <translation>--tools exige iperf3, netperf ou les deux, ou probe</translation>
    </message>
    <message>
        <source>--copy LOCAL and --to REMOTE_PATH go together</source>
        <translation>--copy LOCAL et --to REMOTE_PATH vont ensemble</translation>
    </message>
    <message>
        <source>--copy %1: no such file</source>
        <translation>--copy %1 : fichier inexistant</translation>
    </message>
    <message>
        <source>notice: %1
</source>
        <translation>remarque : %1
</translation>
    </message>
    <message>
        <source>%1: skipped (%2)
</source>
        <translation>%1 : ignoré (%2)
</translation>
    </message>
    <message>
        <source>--set &apos;%1&apos; is not NAME=VALUE</source>
        <translation>--set &apos;%1&apos; n&apos;est pas NAME=VALUE</translation>
    </message>
    <message>
        <source>--confidence &apos;%1&apos; must be a number between 0 and 1</source>
        <translation>--confidence &apos;%1&apos; doit être un nombre entre 0 et 1</translation>
    </message>
    <message>
        <source>--time-limit &apos;%1&apos; must be seconds between 0 and 3600</source>
        <translation>--time-limit &apos;%1&apos; doit être un nombre de secondes entre 0 et 3600</translation>
    </message>
    <message>
        <source>--page-size &apos;%1&apos; must be a4 or letter</source>
        <translation>--page-size &apos;%1&apos; doit être a4 ou letter</translation>
    </message>
    <message>
        <source>--%1 needs a value</source>
        <translation>--%1 exige une valeur</translation>
    </message>
    <message>
        <source>--target &apos;%1&apos; is not HOST, HOST:PORT or [IPv6]:PORT</source>
        <translation>--target &apos;%1&apos; n&apos;est ni HOST, ni HOST:PORT, ni [IPv6]:PORT</translation>
    </message>
    <message>
        <source>--target port %1 is out of range 1-65535</source>
        <translation>le port de --target %1 est hors de 1-65535</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; must be a number from %3 to %4</source>
        <translation>--%1 &apos;%2&apos; doit être un nombre de %3 à %4</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; must be a whole number</source>
        <translation>--%1 &apos;%2&apos; doit être un entier</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a size such as 64 or 1K</source>
        <translation>--%1 &apos;%2&apos; n&apos;est pas une taille comme 64 ou 1K</translation>
    </message>
    <message>
        <source>--engine must be iperf3 or netperf</source>
        <translation>--engine doit être iperf3 ou netperf</translation>
    </message>
    <message>
        <source>--affinity &apos;%1&apos; is not &apos;auto&apos; or a CPU list such as 0,2-3</source>
        <translation>--affinity &apos;%1&apos; n&apos;est ni &apos;auto&apos; ni une liste de CPU comme 0,2-3</translation>
    </message>
    <message>
        <source>--bitrate &apos;%1&apos; is not a rate such as 100M, 1.5G or 500k</source>
        <translation>--bitrate &apos;%1&apos; n&apos;est pas un débit comme 100M, 1.5G ou 500k</translation>
    </message>
    <message>
        <source>--bitrate burst &apos;%1&apos; must be a packet count</source>
        <translation>la rafale de --bitrate &apos;%1&apos; doit être un nombre de paquets</translation>
    </message>
    <message>
        <source>--length &apos;%1&apos; is not a size such as 128K</source>
        <translation>--length &apos;%1&apos; n&apos;est pas une taille comme 128K</translation>
    </message>
    <message>
        <source>--window &apos;%1&apos; is not a size such as 4M</source>
        <translation>--window &apos;%1&apos; n&apos;est pas une taille comme 4M</translation>
    </message>
    <message>
        <source>--%1 needs at least one host name</source>
        <translation>--%1 exige au moins un nom d&apos;hôte</translation>
    </message>
    <message>
        <source>--hosts needs a file name</source>
        <translation>--hosts exige un nom de fichier</translation>
    </message>
    <message>
        <source>--baseline &apos;%1&apos; is not a file</source>
        <translation>--baseline &apos;%1&apos; n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>--%1 needs a file name (or - for standard output)</source>
        <translation>--%1 exige un nom de fichier (ou - pour la sortie standard)</translation>
    </message>
    <message>
        <source>--session needs a file: a session is read before it is written, standard output cannot be</source>
        <translation>--session exige un fichier : une session est lue avant d&apos;être écrite, la sortie standard ne le permet pas</translation>
    </message>
    <message>
        <source>, %1 skipped</source>
        <translation>, %1 ignorées</translation>
    </message>
    <message>
        <source>--resamples &apos;%1&apos; must be 0 or at least 2</source>
        <translation>--resamples &apos;%1&apos; doit valoir 0 ou au moins 2</translation>
    </message>
    <message>
        <source>--direction &apos;%1&apos; must be &apos;higher&apos; or &apos;lower&apos;</source>
        <translation>--direction &apos;%1&apos; doit être &apos;higher&apos; ou &apos;lower&apos;</translation>
    </message>
    <message>
        <source>perfdeck-cli: warning: %1 against %2: %3
</source>
        <translation>perfdeck-cli : avertissement : %1 contre %2 : %3
</translation>
    </message>
    <message numerus="yes">
        <source>perfdeck-cli: history: stored %n run(s) in %1%2
</source>
        <translation>
            <numerusform>perfdeck-cli : historique : %n exécution enregistrée dans %1%2
</numerusform>
            <numerusform>perfdeck-cli : historique : %n exécutions enregistrées dans %1%2
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) written to %1
</source>
        <translation>
            <numerusform>%n hôte écrit dans %1
</numerusform>
            <numerusform>%n hôtes écrits dans %1
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>perfdeck-cli: wrote %n run(s) to %1%2
</source>
        <translation>
            <numerusform>perfdeck-cli : %n exécution écrite dans %1%2
</numerusform>
            <numerusform>perfdeck-cli : %n exécutions écrites dans %1%2
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n file(s) failed)</source>
        <translation>
            <numerusform> (%n fichier en échec)</numerusform>
            <numerusform> (%n fichiers en échec)</numerusform>
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
        <translation>Usage : perfdeck-cli &lt;commande&gt; [options]

Commandes :
  run       exécuter des tests iperf3 ou netperf (par défaut : un serveur intégré sur 127.0.0.1)
  import    convertir les sorties iperf3 -J, netperf et flent en un document de résultats
  stats     statistiques d&apos;un document de résultats ou d&apos;un CSV, éventuellement contre une référence
  profile   lister, afficher ou valider les profils de test YAML (run --profile NOM en exécute un)
  hosts     lister, vérifier ou importer l&apos;inventaire d&apos;hôtes (configuration ssh, Ansible)
  report    produire un rapport (PDF, HTML, Markdown, texte, CSV) depuis un modèle Jinja2
  template  lister, afficher ou valider les modèles de rapport
  shaping   détecter un shaper ou policer à seau à jetons dans la série de débit d&apos;une exécution
  history   exécutions enregistrées : list, show ID, tendance d&apos;une paire client/serveur
  serve     tableau de bord web : exécutions en direct, journal, démarrage/arrêt depuis un navigateur, API JSON
  qos       envoyer du trafic de sonde marqué DSCP et indiquer par classe ce qui est arrivé

&apos;perfdeck-cli &lt;commande&gt; --help&apos; affiche les options d&apos;une commande.
Codes de sortie : 0 ok, 1 échec de test, 2 entrée incorrecte, 3 régression significative.
</translation>
    </message>
    <message>
        <source>%1: no terminal to ask on; use ssh-agent or a key without a passphrase</source>
        <translation>%1 : aucun terminal pour demander ; utilisez ssh-agent ou une clé sans phrase de passe</translation>
    </message>
    <message>
        <source>Permission denied, please try again.
</source>
        <translation>Permission refusée, veuillez réessayer.
</translation>
    </message>
    <message>
        <source>Plain progress lines even when stderr is a terminal (no dashboard).</source>
        <translation>Lignes de progression simples même quand stderr est un terminal (pas de tableau de bord).</translation>
    </message>
    <message>
        <source>the measured runs were kept in %1 instead</source>
        <translation>les exécutions mesurées ont été conservées dans %1 à la place</translation>
    </message>
    <message>
        <source>the measured runs could not be kept anywhere (%1); the history database has them unless it failed too</source>
        <translation>les exécutions mesurées n&apos;ont pu être conservées nulle part (%1) ; la base d&apos;historique les contient, sauf si elle a échoué aussi</translation>
    </message>
    <message>
        <source>Serves the live dashboard: running tests, their log, start and stop from a browser, and a JSON API (docs/WEB.md). Control needs the bearer token printed at start (or --token-file); without it the page can only watch, and only on loopback.</source>
        <translation>Sert le tableau de bord en direct : tests en cours, leur journal, démarrage et arrêt depuis un navigateur, et une API JSON (docs/WEB.md). Le pilotage exige le jeton bearer affiché au démarrage (ou --token-file) ; sans lui la page ne peut qu&apos;observer, et seulement sur loopback.</translation>
    </message>
    <message>
        <source>Address and port (default 127.0.0.1:8080; port 0: a free one).</source>
        <translation>Adresse et port (par défaut 127.0.0.1:8080 ; port 0 : un port libre).</translation>
    </message>
    <message>
        <source>Read the bearer token from the first line of FILE instead of making one.</source>
        <translation>Lire le jeton bearer dans la première ligne de FILE au lieu d&apos;en créer un.</translation>
    </message>
    <message>
        <source>Serve HTTPS with this PEM certificate.</source>
        <translation>Servir en HTTPS avec ce certificat PEM.</translation>
    </message>
    <message>
        <source>The PEM private key of --tls-cert.</source>
        <translation>La clé privée PEM de --tls-cert.</translation>
    </message>
    <message>
        <source>not on loopback: every request needs the token
</source>
        <translation>pas sur loopback : chaque requête exige le jeton
</translation>
    </message>
    <message>
        <source>Versions of Perfdeck and of what it runs with (as Help &gt; About shows them):
Qt, libssh2, yaml-cpp, Python, Jinja2, and the iperf3, netperf,
perfdeck-gate and perfdeck-probe programs found, with their paths.</source>
        <translation>Versions de Perfdeck et de ce avec quoi il fonctionne (comme les montre Aide &gt; À propos) :
Qt, libssh2, yaml-cpp, Python, Jinja2, et les programmes iperf3, netperf,
perfdeck-gate et perfdeck-probe trouvés, avec leurs chemins.</translation>
    </message>
    <message>
        <source>print a JSON object (format perfdeck.about/1)</source>
        <translation>afficher un objet JSON (format perfdeck.about/1)</translation>
    </message>
    <message>
        <source>about takes no arguments (got &apos;%1&apos;)</source>
        <translation>about ne prend aucun argument (reçu &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>history not updated: %1
</source>
        <translation>historique non mis à jour : %1
</translation>
    </message>
    <message>
        <source>--limit must be a whole number &gt;= 0 (0: all)</source>
        <translation>--limit doit être un nombre entier &gt;= 0 (0 : tout)</translation>
    </message>
    <message>
        <source>hosts history reads the history database: drop --no-history</source>
        <translation>hosts history lit la base d&apos;historique : retirez --no-history</translation>
    </message>
    <message>
        <source>%1: no history database yet (hosts check files its checks there)</source>
        <translation>%1 : pas encore de base d&apos;historique (hosts check y enregistre ses vérifications)</translation>
    </message>
    <message>
        <source>%1: no host checks filed yet
</source>
        <translation>%1 : aucune vérification d&apos;hôte enregistrée pour l&apos;instant
</translation>
    </message>
    <message>
        <source>%1: no checks filed for %2
</source>
        <translation>%1 : aucune vérification enregistrée pour %2
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
        <translation>L&apos;inventaire d&apos;hôtes (YAML, format perfdeck.hosts/1 ; voir docs/ORCHESTRATION.md).
  list --hosts FILE [--json]            les hôtes, avec &apos;local&apos; (cette machine)
  check --hosts FILE [NAME...] [--json] sonder les hôtes en parallèle : TCP vers le port
                                        SSH, connexion SSH, outils, disque, charge ;
                                        sortie 1 si un hôte est inutilisable ; chaque
                                        vérification est enregistrée dans la base
                                        d&apos;historique
  history [NAME...] [--limit N] [--json] les vérifications enregistrées, les plus récentes d&apos;abord
  import ssh-config [FILE] --out FILE   les hôtes de ~/.ssh/config (ou de FILE)
  import ansible FILE --out FILE        les hôtes d&apos;un inventaire Ansible (INI ou YAML)
  deploy --hosts FILE [--host NAME...]  installer iperf3/netperf avec le gestionnaire de
         [--tools iperf3,netperf]       paquets de l&apos;hôte (apt-get, dnf, zypper ; sudo -n
         [--dry-run]                    seulement), les commandes exactes affichées
         [--copy LOCAL --to PATH]       d&apos;abord ; ou copier un binaire statique par SFTP
                                        (atomique, mode 0755) ; --tools probe copie
                                        perfdeck-probe dans .perfdeck/bin/ là-bas
                                        (pour qos --hosts)</translation>
    </message>
    <message>
        <source>check/history: the history database (default $PERFDECK_HISTORY_DB or ~/.local/share/perfdeck/history.sqlite).</source>
        <translation>check/history : la base d&apos;historique (par défaut $PERFDECK_HISTORY_DB ou ~/.local/share/perfdeck/history.sqlite).</translation>
    </message>
    <message>
        <source>check: do not file the checks in the history.</source>
        <translation>check : ne pas enregistrer les vérifications dans l&apos;historique.</translation>
    </message>
    <message>
        <source>history: checks shown per host, newest first (default 20; 0: all).</source>
        <translation>history : vérifications affichées par hôte, les plus récentes d&apos;abord (par défaut 20 ; 0 : toutes).</translation>
    </message>
    <message>
        <source>list, check, history, import or deploy</source>
        <translation>list, check, history, import ou deploy</translation>
    </message>
    <message>
        <source>hosts needs an action: list, check, history, import or deploy</source>
        <translation>hosts exige une action : list, check, history, import ou deploy</translation>
    </message>
    <message>
        <source>unknown hosts action &apos;%1&apos; (use list, check, history, import or deploy)</source>
        <translation>action hosts inconnue &apos;%1&apos; (utilisez list, check, history, import ou deploy)</translation>
    </message>
    <message>
        <source>  about     versions of Perfdeck, its libraries and the tools it found (bug reports)
</source>
        <translation>  about     versions de Perfdeck, de ses bibliothèques et des outils trouvés (rapports de bogue)
</translation>
    </message>
    <message>
        <source>The bulk test&apos;s iperf3 server, already running there (needed with --target; default: one started beside the reflector).</source>
        <translation>Le serveur iperf3 du test de masse, déjà en marche là-bas (nécessaire avec --target ; par défaut : un serveur lancé à côté du réflecteur).</translation>
    </message>
    <message>
        <source>qos: --bulk-target needs HOST:PORT (an iperf3 server running there)</source>
        <translation>qos : --bulk-target exige HOST:PORT (un serveur iperf3 en marche là-bas)</translation>
    </message>
    <message>
        <source>qos: --bulk with --target needs --bulk-target HOST:PORT (an iperf3 server running there): nothing of ours runs on that host to start one</source>
        <translation>qos : --bulk avec --target exige --bulk-target HOST:PORT (un serveur iperf3 en marche là-bas) : rien de nôtre ne tourne sur cet hôte pour en lancer un</translation>
    </message>
    <message>
        <source>qos: --bulk-target goes with --bulk CLASS</source>
        <translation>qos : --bulk-target va avec --bulk CLASS</translation>
    </message>
    <message>
        <source>history database whose trends of the runs&apos; pairs the report shows (default: $PERFDECK_HISTORY_DB, else ~/.local/share/perfdeck/history.sqlite)</source>
        <translation>base d&apos;historique dont le rapport montre les tendances des paires des exécutions (par défaut : $PERFDECK_HISTORY_DB, sinon ~/.local/share/perfdeck/history.sqlite)</translation>
    </message>
    <message>
        <source>do not read the history database</source>
        <translation>ne pas lire la base d&apos;historique</translation>
    </message>
    <message>
        <source>perfdeck-cli: warning: the report has no history: %1
</source>
        <translation>perfdeck-cli : avertissement : le rapport n&apos;a pas d&apos;historique : %1
</translation>
    </message>
    <message>
        <source>%1 pattern %2: no phase holds a whole reporting interval (a shorter --interval measures shorter phases)
</source>
        <translation>%1 motif %2 : aucune phase ne contient un intervalle de rapport entier (un --interval plus court mesure des phases plus courtes)
</translation>
    </message>
    <message>
        <source>%1 pattern %2, requested and achieved rate per phase:
</source>
        <translation>%1 motif %2, débit demandé et atteint par phase :
</translation>
    </message>
    <message>
        <source>Detects a token-bucket rate limit in a run&apos;s throughput series: the initial burst (bytes and duration above the sustained rate), the sustained rate, and whether it is a shaper (queues: the RTT rises, few drops) or a policer (drops: retransmits, loss). Best with -i 0.1 for 5 s or more, and with a --reverse run (the receiver&apos;s series); the shipped &apos;shaping&apos; profile runs such tests. Without --run, single-stream runs are also compared with multi-stream runs over the same path (several streams filling what one cannot: a policer). FILE is a results document, a session or an iperf3 -J file. Method and limits: docs/SHAPING.md.</source>
        <translation>Détecte une limitation de débit par seau à jetons dans la série de débit d&apos;une exécution : la rafale initiale (octets et durée au-dessus du débit soutenu), le débit soutenu, et s&apos;il s&apos;agit d&apos;un shaper (il met en file : le RTT augmente, peu de pertes) ou d&apos;un policer (il rejette : retransmissions, pertes). Idéal avec -i 0.1 pendant 5 s ou plus, et avec une exécution --reverse (la série du récepteur) ; le profil fourni &apos;shaping&apos; exécute de tels tests. Sans --run, les exécutions à un flux sont aussi comparées aux exécutions à plusieurs flux sur le même chemin (plusieurs flux remplissant ce qu&apos;un seul ne peut pas : un policer). FILE est un document de résultats, une session ou un fichier iperf3 -J. Méthode et limites : docs/SHAPING.md.</translation>
    </message>
    <message>
        <source>print JSON: one object with --run, else {&quot;runs&quot;: [...], &quot;stream_comparisons&quot;: [...]}</source>
        <translation>afficher du JSON : un objet avec --run, sinon {&quot;runs&quot;: [...], &quot;stream_comparisons&quot;: [...]}</translation>
    </message>
    <message>
        <source>Start a test again up to N times, 1 s apart, when it failed before measuring anything for a passing reason (connection refused, server busy, port taken, a lost UDP set-up datagram; default 0, 2 with --hosts).</source>
        <translation>Relancer un test jusqu&apos;à N fois, à 1 s d&apos;intervalle, s&apos;il a échoué avant de rien mesurer pour une raison passagère (connexion refusée, serveur occupé, port pris, datagramme d&apos;établissement UDP perdu ; 0 par défaut, 2 avec --hosts).</translation>
    </message>
    <message>
        <source>Limit each client process&apos;s address space to SIZE, such as 512M or 2G (RLIMIT_AS; prlimit on remote hosts).</source>
        <translation>Limite l&apos;espace d&apos;adressage de chaque processus client à TAILLE, par exemple 512M ou 2G (RLIMIT_AS ; prlimit sur les hôtes distants).</translation>
    </message>
    <message>
        <source>--memory-limit &apos;%1&apos; is not a size such as 512M</source>
        <translation>--memory-limit « %1 » n&apos;est pas une taille comme 512M</translation>
    </message>
    <message>
        <source>Inventory whose hosts runs started from the web may name: as target (&quot;host&quot;, besides the embedded loopback server) and as client or server host (&quot;client_host&quot;, &quot;server_host&quot;: tools started there over SSH).</source>
        <translation>Inventaire dont les hôtes peuvent être nommés par les tests lancés depuis le web : comme cible (&quot;host&quot;, en plus du serveur loopback intégré) et comme hôte client ou serveur (&quot;client_host&quot;, &quot;server_host&quot; : les outils y sont lancés par SSH).</translation>
    </message>
    <message>
        <source>if it is the right key, serve with --accept-new-host-keys to accept and save it</source>
        <translation>si c&apos;est la bonne clé, lancez serve avec --accept-new-host-keys pour l&apos;accepter et l&apos;enregistrer</translation>
    </message>
</context>
<context>
    <name>Perfdeck::DashboardModel</name>
    <message>
        <source>starting</source>
        <translation>démarrage</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>arrêt</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>%1 trans/s</source>
        <translation>%1 trans./s</translation>
    </message>
    <message>
        <source>CPU –</source>
        <translation>CPU –</translation>
    </message>
    <message>
        <source>CPU client %1 · server %2</source>
        <translation>CPU client %1 · serveur %2</translation>
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
        <translation>Figer l&apos;affichage</translation>
    </message>
    <message>
        <source>Freeze the panes, graph and log; tests keep running (P)</source>
        <translation>Figer les panneaux, le graphique et le journal ; les tests continuent (P)</translation>
    </message>
    <message>
        <source>Abort test</source>
        <translation>Interrompre le test</translation>
    </message>
    <message>
        <source>Stop the selected test; the others go on (Delete)</source>
        <translation>Arrêter le test sélectionné ; les autres continuent (Suppr)</translation>
    </message>
    <message>
        <source>Show a shorter time in the graph (+)</source>
        <translation>Afficher une durée plus courte dans le graphique (+)</translation>
    </message>
    <message>
        <source>Show a longer time in the graph (-)</source>
        <translation>Afficher une durée plus longue dans le graphique (-)</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <source>Keep the graph at the present and the log at its end (F)</source>
        <translation>Garder le graphique au présent et le journal à sa fin (F)</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>All runs</source>
        <translation>Toutes les exécutions</translation>
    </message>
    <message>
        <source>All origins</source>
        <translation>Toutes les origines</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Tous les niveaux</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Avertissements et erreurs</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Log:</source>
        <translation>Journal :</translation>
    </message>
    <message>
        <source>speed unknown</source>
        <translation>vitesse inconnue</translation>
    </message>
    <message numerus="yes">
        <source>%n test(s) running</source>
        <translation>
            <numerusform>%n test en cours</numerusform>
            <numerusform>%n tests en cours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Perfdeck::DscpCompanion</name>
    <message>
        <source>no DSCP probe: the server %1 was not started by Perfdeck</source>
        <translation>pas de sonde DSCP : le serveur %1 n&apos;a pas été démarré par Perfdeck</translation>
    </message>
    <message>
        <source>DSCP probe: %1</source>
        <translation>sonde DSCP : %1</translation>
    </message>
</context>
<context>
    <name>Perfdeck::ExportActions</name>
    <message>
        <source>Could not export the runs.
%1</source>
        <translation>Impossible d&apos;exporter les exécutions.
%1</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>JSON results (*.json);;All files (*)</source>
        <translation>Résultats JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Perfdeck::Exporters</name>
    <message>
        <source>metrics address %1</source>
        <translation>adresse des métriques %1</translation>
    </message>
    <message>
        <source>StatsD address %1</source>
        <translation>adresse StatsD %1</translation>
    </message>
    <message>
        <source>StatsD address &apos;%1&apos;: the port cannot be 0</source>
        <translation>adresse StatsD &apos;%1&apos; : le port ne peut pas être 0</translation>
    </message>
</context>
<context>
    <name>Perfdeck::HeatLegend</name>
    <message>
        <source>Colour scale: %1 (lowest cell) to %2 (highest cell)</source>
        <translation>Échelle de couleurs : %1 (cellule la plus basse) à %2 (cellule la plus haute)</translation>
    </message>
    <message>
        <source>0.5: reverse faster</source>
        <translation>0,5 : retour plus rapide</translation>
    </message>
    <message>
        <source>2: forward faster</source>
        <translation>2 : aller plus rapide</translation>
    </message>
    <message>
        <source>Forward / reverse throughput of each pair; white is 1 (symmetric)</source>
        <translation>Débit aller / retour de chaque paire ; le blanc vaut 1 (symétrique)</translation>
    </message>
</context>
<context>
    <name>Perfdeck::HistoryView</name>
    <message>
        <source>%1 trans/s</source>
        <translation>%1 trans./s</translation>
    </message>
    <message>
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>Any engine</source>
        <translation>Tout moteur</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profil</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>étiquette</translation>
    </message>
    <message>
        <source>Runs started on or after this day</source>
        <translation>Exécutions commencées ce jour ou après</translation>
    </message>
    <message>
        <source>Runs started on or before this day</source>
        <translation>Exécutions commencées ce jour ou avant</translation>
    </message>
    <message>
        <source>The trend shows one kind of test at a time</source>
        <translation>La tendance montre un type de test à la fois</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Use as Baseline</source>
        <translation>Utiliser comme référence</translation>
    </message>
    <message>
        <source>Compare the analysed runs with the selected history runs, or with the newest runs of the trend (Statistics panel)</source>
        <translation>Comparer les exécutions analysées aux exécutions d&apos;historique sélectionnées, ou aux plus récentes de la tendance (panneau Statistiques)</translation>
    </message>
    <message>
        <source>Pair:</source>
        <translation>Paire :</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Du :</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>au :</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Paire</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Trend of:</source>
        <translation>Tendance de :</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Lecture de l&apos;historique…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n run(s) stored</source>
        <translation>
            <numerusform>%1 : %n exécution enregistrée</numerusform>
            <numerusform>%1 : %n exécutions enregistrées</numerusform>
        </translation>
    </message>
    <message>
        <source>; the newest %1 are listed</source>
        <translation> ; les %1 plus récentes sont listées</translation>
    </message>
    <message numerus="yes">
        <source>; trend of %1: %n regression(s)</source>
        <translation>
            <numerusform> ; tendance de %1 : %n régression</numerusform>
            <numerusform> ; tendance de %1 : %n régressions</numerusform>
        </translation>
    </message>
    <message>
        <source>All pairs</source>
        <translation>Toutes les paires</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n run(s))</source>
        <translation>
            <numerusform>%1 (%n exécution)</numerusform>
            <numerusform>%1 (%n exécutions)</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>History id %1, run %2 (%3)</source>
        <translation>Id d&apos;historique %1, exécution %2 (%3)</translation>
    </message>
    <message>
        <source>No ok runs of this pair match the filters</source>
        <translation>Aucune exécution réussie de cette paire ne correspond aux filtres</translation>
    </message>
    <message>
        <source>Choose a pair to see its trend</source>
        <translation>Choisissez une paire pour voir sa tendance</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Transactions/s</source>
        <translation>Transactions/s</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>Régression</translation>
    </message>
    <message>
        <source>Baseline %1 % CI</source>
        <translation>IC %1 % de la référence</translation>
    </message>
    <message>
        <source>trans/s</source>
        <translation>trans./s</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n regression(s)</source>
        <translation>
            <numerusform>%1 : %2, %n régression</numerusform>
            <numerusform>%1 : %2, %n régressions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected history run(s)</source>
        <translation>
            <numerusform>%n exécution d&apos;historique sélectionnée</numerusform>
            <numerusform>%n exécutions d&apos;historique sélectionnées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the newest %n run(s) of %1</source>
        <translation>
            <numerusform>%n exécution la plus récente de %1</numerusform>
            <numerusform>les %n exécutions les plus récentes de %1</numerusform>
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
        <translation>avertissement</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Checked %1</source>
        <translation>Vérifié le %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message>
        <source>Status: %1 (%2)</source>
        <translation>Statut : %1 (%2)</translation>
    </message>
    <message>
        <source>TCP to %1: connected in %2</source>
        <translation>TCP vers %1 : connecté en %2</translation>
    </message>
    <message>
        <source>TCP to %1: connected</source>
        <translation>TCP vers %1 : connecté</translation>
    </message>
    <message>
        <source>TCP to %1: %2</source>
        <translation>TCP vers %1 : %2</translation>
    </message>
    <message>
        <source>SSH login: ok in %1</source>
        <translation>Connexion SSH : ok en %1</translation>
    </message>
    <message>
        <source>SSH login: ok</source>
        <translation>Connexion SSH : ok</translation>
    </message>
    <message>
        <source>SSH login failed: %1</source>
        <translation>Échec de la connexion SSH : %1</translation>
    </message>
    <message>
        <source>Round-trip time: %1</source>
        <translation>Temps aller-retour : %1</translation>
    </message>
    <message>
        <source>iperf3 %1: %2</source>
        <translation>iperf3 %1 : %2</translation>
    </message>
    <message>
        <source>iperf3: not found</source>
        <translation>iperf3 : introuvable</translation>
    </message>
    <message>
        <source>netperf %1: %2</source>
        <translation>netperf %1 : %2</translation>
    </message>
    <message>
        <source>netserver: %1</source>
        <translation>netserver : %1</translation>
    </message>
    <message>
        <source>netserver: not found</source>
        <translation>netserver : introuvable</translation>
    </message>
    <message>
        <source>Free disk: %1 GiB in %2</source>
        <translation>Disque libre : %1 Gio dans %2</translation>
    </message>
    <message>
        <source>Load: %1, %2, %3</source>
        <translation>Charge : %1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source> (%n CPU(s))</source>
        <translation>
            <numerusform> (%n CPU)</numerusform>
            <numerusform> (%n CPU)</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>RTT</source>
        <translation>RTT</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>SSH command round trip: %1</source>
        <translation>Aller-retour d&apos;une commande SSH : %1</translation>
    </message>
</context>
<context>
    <name>Perfdeck::HostEditorDialog</name>
    <message>
        <source>Add host</source>
        <translation>Ajouter un hôte</translation>
    </message>
    <message>
        <source>Edit host %1</source>
        <translation>Modifier l&apos;hôte %1</translation>
    </message>
    <message>
        <source>e.g. fra-perf1</source>
        <translation>p. ex. fra-perf1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation>nom d&apos;hôte ou adresse IP</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>SSH &amp;port:</source>
        <translation>&amp;Port SSH :</translation>
    </message>
    <message>
        <source>default: your local user name</source>
        <translation>par défaut : votre nom d&apos;utilisateur local</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>SSH agent</source>
        <translation>Agent SSH</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Fichier de clé</translation>
    </message>
    <message>
        <source>Password (asked, never stored in the file)</source>
        <translation>Mot de passe (demandé, jamais stocké dans le fichier)</translation>
    </message>
    <message>
        <source>Au&amp;thentication:</source>
        <translation>Au&amp;thentification :</translation>
    </message>
    <message>
        <source>e.g. ~/.ssh/id_ed25519</source>
        <translation>p. ex. ~/.ssh/id_ed25519</translation>
    </message>
    <message>
        <source>&amp;Identity file:</source>
        <translation>Fichier d&apos;&amp;identité :</translation>
    </message>
    <message>
        <source>(direct)</source>
        <translation>(direct)</translation>
    </message>
    <message>
        <source>&amp;Jump host:</source>
        <translation>Hôte de &amp;rebond :</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Serveur</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rôles :</translation>
    </message>
    <message>
        <source>Si&amp;te:</source>
        <translation>Sit&amp;e :</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>Ré&amp;gion :</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Connu</translation>
    </message>
    <message>
        <source>lat </source>
        <translation>lat. </translation>
    </message>
    <message>
        <source>lon </source>
        <translation>long. </translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>Emp&amp;lacement :</translation>
    </message>
    <message>
        <source>comma separated, e.g. rack-a, 25g</source>
        <translation>séparés par des virgules, p. ex. rack-a, 25g</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Éti&amp;quettes :</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>iperf3 on the host&apos;s PATH</source>
        <translation>iperf3 dans le PATH de l&apos;hôte</translation>
    </message>
    <message>
        <source>iperf&amp;3 path:</source>
        <translation>Chemin d&apos;iperf&amp;3 :</translation>
    </message>
    <message>
        <source>netperf on the host&apos;s PATH</source>
        <translation>netperf dans le PATH de l&apos;hôte</translation>
    </message>
    <message>
        <source>net&amp;perf path:</source>
        <translation>Chemin de netper&amp;f :</translation>
    </message>
    <message>
        <source>There is already a host called &apos;%1&apos;.</source>
        <translation>Il existe déjà un hôte nommé &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The host needs an address.</source>
        <translation>L&apos;hôte doit avoir une adresse.</translation>
    </message>
    <message>
        <source>A host is a client, a server or both.</source>
        <translation>Un hôte est client, serveur ou les deux.</translation>
    </message>
</context>
<context>
    <name>Perfdeck::HostHistoryView</name>
    <message>
        <source>Newest %1</source>
        <translation>Les %1 dernières</translation>
    </message>
    <message>
        <source>All checks</source>
        <translation>Toutes les vérif.</translation>
    </message>
    <message>
        <source>How many of the host&apos;s newest checks the table and the trend show</source>
        <translation>Nombre de vérifications les plus récentes de l&apos;hôte montrées par le tableau et la tendance</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Read the history database again (checks filed by perfdeck-cli hosts check or another Perfdeck appear then)</source>
        <translation>Relire la base d&apos;historique (les vérifications enregistrées par perfdeck-cli hosts check ou un autre Perfdeck apparaissent alors)</translation>
    </message>
    <message>
        <source>The round-trip time of each check; orange points are checks with a warning, red points on the axis checks that failed. Click a point to select its check.</source>
        <translation>Le temps aller-retour de chaque vérification ; les points orange sont des vérifications avec avertissement, les points rouges sur l&apos;axe des vérifications échouées. Cliquez sur un point pour sélectionner sa vérification.</translation>
    </message>
    <message>
        <source>Reading the checks of %1…</source>
        <translation>Lecture des vérifications de %1…</translation>
    </message>
    <message>
        <source>Select one host to see the checks filed for it.</source>
        <translation>Sélectionnez un hôte pour voir les vérifications enregistrées pour lui.</translation>
    </message>
    <message>
        <source>No history database: checks of %1 are not kept.</source>
        <translation>Pas de base d&apos;historique : les vérifications de %1 ne sont pas conservées.</translation>
    </message>
    <message>
        <source>No checks of %1 filed yet (%2 does not exist yet; Check creates it).</source>
        <translation>Aucune vérification de %1 enregistrée pour l&apos;instant (%2 n&apos;existe pas encore ; Vérifier le crée).</translation>
    </message>
    <message>
        <source>No checks of %1 filed yet in %2.</source>
        <translation>Aucune vérification de %1 enregistrée pour l&apos;instant dans %2.</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n check(s) of %1, newest first.</source>
        <translation>
            <numerusform>%n vérification la plus récente de %1.</numerusform>
            <numerusform>Les %n vérifications les plus récentes de %1, les plus récentes d&apos;abord.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) of %1, newest first.</source>
        <translation>
            <numerusform>%n vérification de %1.</numerusform>
            <numerusform>%n vérifications de %1, les plus récentes d&apos;abord.</numerusform>
        </translation>
    </message>
    <message>
        <source>No checks of %1</source>
        <translation>Aucune vérification de %1</translation>
    </message>
    <message>
        <source>No round-trip time measured for %1 (this machine, or no SSH answer)</source>
        <translation>Aucun temps aller-retour mesuré pour %1 (cette machine, ou pas de réponse SSH)</translation>
    </message>
    <message>
        <source>Round-trip time of %1</source>
        <translation>Temps aller-retour de %1</translation>
    </message>
    <message>
        <source>(orange: warnings)</source>
        <translation>(orange : avertissements)</translation>
    </message>
    <message>
        <source>(red: failed checks)</source>
        <translation>(rouge : vérifications échouées)</translation>
    </message>
    <message>
        <source>(orange: warnings, red: failed)</source>
        <translation>(orange : avertissements, rouge : échecs)</translation>
    </message>
    <message>
        <source>Select a check (or click its point in the trend) to see everything it found.</source>
        <translation>Sélectionnez une vérification (ou cliquez sur son point dans la tendance) pour voir tout ce qu&apos;elle a trouvé.</translation>
    </message>
</context>
<context>
    <name>Perfdeck::HostKeyDialog</name>
    <message>
        <source>Unknown Host Key</source>
        <translation>Clé d&apos;hôte inconnue</translation>
    </message>
    <message>
        <source>&lt;b&gt;Perfdeck has not connected to %1 before.&lt;/b&gt;&lt;br&gt;Compare the fingerprint with the host&apos;s own (&lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_%2_key.pub&lt;/tt&gt; on it) before you trust it.</source>
        <translation>&lt;b&gt;Perfdeck ne s&apos;est encore jamais connecté à %1.&lt;/b&gt;&lt;br&gt;Comparez l&apos;empreinte avec celle de l&apos;hôte lui-même (&lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_%2_key.pub&lt;/tt&gt; sur celui-ci) avant de lui faire confiance.</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Hôte :</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Type de clé :</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Empreinte :</translation>
    </message>
    <message>
        <source>Saved to:</source>
        <translation>Enregistré dans :</translation>
    </message>
    <message>
        <source>The host is already known with a key of another type (%1); it now offers this one.</source>
        <translation>L&apos;hôte est déjà connu avec une clé d&apos;un autre type (%1) ; il présente maintenant celle-ci.</translation>
    </message>
    <message>
        <source>Accept &amp;Once</source>
        <translation>Accepter une &amp;fois</translation>
    </message>
    <message>
        <source>Connect this time; ask again next time.</source>
        <translation>Se connecter cette fois ; redemander la prochaine fois.</translation>
    </message>
    <message>
        <source>Accept and &amp;Save</source>
        <translation>Accepter et &amp;enregistrer</translation>
    </message>
    <message>
        <source>Connect and add the key to %1, as ssh does.</source>
        <translation>Se connecter et ajouter la clé à %1, comme le fait ssh.</translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation>&amp;Refuser</translation>
    </message>
</context>
<context>
    <name>Perfdeck::HostListModel</name>
    <message>
        <source>local (this machine)</source>
        <translation>local (cette machine)</translation>
    </message>
</context>
<context>
    <name>Perfdeck::InfluxLineWriter</name>
    <message>
        <source>cannot open %1 for appending: %2</source>
        <translation>impossible d&apos;ouvrir %1 en ajout : %2</translation>
    </message>
    <message>
        <source>cannot write to %1: %2</source>
        <translation>impossible d&apos;écrire dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>Perfdeck::InventoryDock</name>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Add a host (Insert)</source>
        <translation>Ajouter un hôte (Inser)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Check the selected hosts (all when none is selected): reachability, SSH, iperf3/netserver, disk and load</source>
        <translation>Vérifier les hôtes sélectionnés (tous si aucun n&apos;est sélectionné) : accessibilité, SSH, iperf3/netserver, disque et charge</translation>
    </message>
    <message>
        <source>Deploy…</source>
        <translation>Déployer…</translation>
    </message>
    <message>
        <source>Install iperf3 and netperf with each host&apos;s package manager (sudo -n, never a password) on the selected hosts, or on those whose last check found them missing; the exact commands are shown first</source>
        <translation>Installer iperf3 et netperf avec le gestionnaire de paquets de chaque hôte (sudo -n, jamais de mot de passe) sur les hôtes sélectionnés, ou sur ceux où la dernière vérification les a trouvés absents ; les commandes exactes sont montrées d&apos;abord</translation>
    </message>
    <message>
        <source>Import ssh config…</source>
        <translation>Importer la config ssh…</translation>
    </message>
    <message>
        <source>Import Ansible…</source>
        <translation>Importer Ansible…</translation>
    </message>
    <message>
        <source>Export YAML…</source>
        <translation>Exporter en YAML…</translation>
    </message>
    <message>
        <source>Auto-check: off</source>
        <translation>Vérif. auto : désactivée</translation>
    </message>
    <message>
        <source>Auto-check every %1 min</source>
        <translation>Vérif. auto toutes les %1 min</translation>
    </message>
    <message>
        <source>Checking… %1 of %2</source>
        <translation>Vérification… %1 sur %2</translation>
    </message>
    <message>
        <source>Deploy on %1: %2</source>
        <translation>Déploiement sur %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Deploy planned for %n host(s)</source>
        <translation>
            <numerusform>Déploiement prévu pour %n hôte</numerusform>
            <numerusform>Déploiement prévu pour %n hôtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deployed to %n host(s)</source>
        <translation>
            <numerusform>Déployé sur %n hôte</numerusform>
            <numerusform>Déployé sur %n hôtes</numerusform>
        </translation>
    </message>
    <message>
        <source>Deploy failed on %1 of %2 hosts</source>
        <translation>Le déploiement a échoué sur %1 hôtes sur %2</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Déployer</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n host(s) at %1</source>
        <translation>
            <numerusform>%n hôte vérifié à %1</numerusform>
            <numerusform>%n hôtes vérifiés à %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Check stopped after %1 of %2 hosts</source>
        <translation>Vérification arrêtée après %1 hôtes sur %2</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n host(s)</source>
        <translation>
            <numerusform>Supprimer %n hôte</numerusform>
            <numerusform>Supprimer %n hôtes</numerusform>
        </translation>
    </message>
    <message>
        <source>Import hosts from an ssh config</source>
        <translation>Importer des hôtes depuis une config ssh</translation>
    </message>
    <message>
        <source>Import hosts from an Ansible inventory</source>
        <translation>Importer des hôtes depuis un inventaire Ansible</translation>
    </message>
    <message>
        <source>ssh config (config *.conf);;All files (*)</source>
        <translation>Config ssh (config *.conf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Ansible inventories (*.ini *.yml *.yaml hosts inventory);;All files (*)</source>
        <translation>Inventaires Ansible (*.ini *.yml *.yaml hosts inventory);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l&apos;import</translation>
    </message>
    <message>
        <source>Import hosts from %1</source>
        <translation>Importer des hôtes depuis %1</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated</source>
        <translation>%1 importé : %2 nouveaux, %3 mis à jour</translation>
    </message>
    <message>
        <source>Hosts imported</source>
        <translation>Hôtes importés</translation>
    </message>
    <message>
        <source>%1 new host(s), %2 updated.</source>
        <translation>%1 nouvel(aux) hôte(s), %2 mis à jour.</translation>
    </message>
    <message>
        <source>The file could not be imported.</source>
        <translation>Le fichier n&apos;a pas pu être importé.</translation>
    </message>
    <message>
        <source>Some entries were skipped or simplified; see the details.</source>
        <translation>Certaines entrées ont été ignorées ou simplifiées ; voir les détails.</translation>
    </message>
    <message>
        <source>Export hosts</source>
        <translation>Exporter les hôtes</translation>
    </message>
    <message>
        <source>Perfdeck inventory (*.yaml *.yml)</source>
        <translation>Inventaire Perfdeck (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>Stop check</source>
        <translation>Arrêter la vérification</translation>
    </message>
    <message>
        <source>Checking… 0 of %1</source>
        <translation>Vérification… 0 sur %1</translation>
    </message>
    <message>
        <source>Stop deploy</source>
        <translation>Arrêter le déploiement</translation>
    </message>
    <message numerus="yes">
        <source>Asking %n host(s) what they lack…</source>
        <translation>
            <numerusform>Demande à %n hôte ce qui manque…</numerusform>
            <numerusform>Demande à %n hôtes ce qui manque…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deploying to %n host(s)…</source>
        <translation>
            <numerusform>Déploiement sur %n hôte…</numerusform>
            <numerusform>Déploiement sur %n hôtes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to deploy: select hosts, or check them first</source>
        <translation>Rien à déployer : sélectionnez des hôtes ou vérifiez-les d&apos;abord</translation>
    </message>
    <message>
        <source>%1: cannot deploy: %2</source>
        <translation>%1 : déploiement impossible : %2</translation>
    </message>
    <message>
        <source>%1: nothing to install (%2)</source>
        <translation>%1 : rien à installer (%2)</translation>
    </message>
    <message>
        <source>%1 (%2%3):</source>
        <translation>%1 (%2%3) :</translation>
    </message>
    <message numerus="yes">
        <source>Run these commands on %n host(s)?</source>
        <translation>
            <numerusform>Exécuter ces commandes sur %n hôte ?</numerusform>
            <numerusform>Exécuter ces commandes sur %n hôtes ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) in %1 site(s). Select a host for its details.</source>
        <translation>
            <numerusform>%n hôte dans %1 site(s). Sélectionnez un hôte pour ses détails.</numerusform>
            <numerusform>%n hôtes dans %1 site(s). Sélectionnez un hôte pour ses détails.</numerusform>
        </translation>
    </message>
    <message>
        <source> through %1</source>
        <translation> via %1</translation>
    </message>
    <message>
        <source>%1°, %2°</source>
        <translation>%1°, %2°</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>Emplacement : %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Étiquettes : %1</translation>
    </message>
    <message>
        <source>load %1</source>
        <translation>charge %1</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>%1 libre</translation>
    </message>
    <message>
        <source>Last check %1: %2</source>
        <translation>Dernière vérification %1 : %2</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Check History</source>
        <translation>Historique des vérif.</translation>
    </message>
    <message>
        <source>Every check filed for the selected host in the history database, with its round-trip time over time</source>
        <translation>Toutes les vérifications enregistrées pour l&apos;hôte sélectionné dans la base d&apos;historique, avec leur temps aller-retour au fil du temps</translation>
    </message>
    <message>
        <source>Show the checks filed for the selected host</source>
        <translation>Afficher les vérifications enregistrées pour l&apos;hôte sélectionné</translation>
    </message>
</context>
<context>
    <name>Perfdeck::InventoryModel</name>
    <message>
        <source>No site</source>
        <translation>Aucun site</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>cette machine</translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <translation>%1 via %2</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
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
        <translation>Dernière vérif.</translation>
    </message>
    <message>
        <source>Network round trip of the last check: the TCP connect to the host&apos;s SSH port (through jump hosts: the round trip of an SSH command)</source>
        <translation>Aller-retour réseau de la dernière vérification : la connexion TCP au port SSH de l&apos;hôte (à travers des hôtes de rebond : l&apos;aller-retour d&apos;une commande SSH)</translation>
    </message>
</context>
<context>
    <name>Perfdeck::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>la langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Perfdeck will speak %1 the next time it starts.</source>
        <translation>Perfdeck parlera %1 au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>Perfdeck::LibraryEditor</name>
    <message>
        <source>Report Templates</source>
        <translation>Modèles de rapport</translation>
    </message>
    <message>
        <source>Test Profiles</source>
        <translation>Profils de test</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Tout remplacer</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n occurrence(s).</source>
        <translation>
            <numerusform>%n occurrence remplacée.</numerusform>
            <numerusform>%n occurrences remplacées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Preview (this session)</source>
        <translation>Aperçu (cette session)</translation>
    </message>
    <message>
        <source>Tests after extends and variables</source>
        <translation>Tests après extends et variables</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Dupliquer…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Supprimer %1 ?</translation>
    </message>
    <message>
        <source> (shipped)</source>
        <translation> (fourni)</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Enregistrer les modifications de %1 ?</translation>
    </message>
    <message>
        <source>%1 is shipped and read-only: Duplicate it to make your own copy.</source>
        <translation>%1 est fourni et en lecture seule : dupliquez-le pour en faire votre propre copie.</translation>
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation>%1 existe déjà.</translation>
    </message>
    <message>
        <source>Could not rename %1 to %2.</source>
        <translation>Impossible de renommer %1 en %2.</translation>
    </message>
    <message>
        <source>Could not delete %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>No temporary folder to check the text in.</source>
        <translation>Aucun dossier temporaire où vérifier le texte.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Aucun problème.</translation>
    </message>
    <message>
        <source>concurrent: the tests run at the same time</source>
        <translation>concurrent : les tests s&apos;exécutent en même temps</translation>
    </message>
    <message numerus="yes">
        <source>%n test(s):</source>
        <translation>
            <numerusform>%n test :</numerusform>
            <numerusform>%n tests :</numerusform>
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
        <translation>maintenant</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>total of the running tests</source>
        <translation>total des tests en cours</translation>
    </message>
    <message>
        <source>transactions per second</source>
        <translation>transactions par seconde</translation>
    </message>
    <message>
        <source>dashed: trans/s, right axis</source>
        <translation>pointillés : trans/s, axe de droite</translation>
    </message>
</context>
<context>
    <name>Perfdeck::LiveRuns</name>
    <message>
        <source>%1 started: %2, %3</source>
        <translation>%1 démarré : %2, %3</translation>
    </message>
    <message>
        <source>%1: stopping</source>
        <translation>%1 : arrêt</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
    <message>
        <source>its runner went away before it ended</source>
        <translation>son exécuteur a disparu avant la fin</translation>
    </message>
</context>
<context>
    <name>Perfdeck::LogView</name>
    <message>
        <source>The output of iperf3 appears here while a test runs.</source>
        <translation>La sortie d&apos;iperf3 apparaît ici pendant un test.</translation>
    </message>
</context>
<context>
    <name>Perfdeck::MainWindow</name>
    <message>
        <source>%1 trans/s</source>
        <translation>%1 trans./s</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n run(s) to %1</source>
        <translation>
            <numerusform>%n exécution exportée vers %1</numerusform>
            <numerusform>%n exécutions exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Request/response</source>
        <translation>Requête/réponse</translation>
    </message>
    <message>
        <source>Streams</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>embedded (127.0.0.1)</source>
        <translation>intégré (127.0.0.1)</translation>
    </message>
    <message>
        <source>CPU (local / remote)</source>
        <translation>CPU (local / distant)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hôtes</translation>
    </message>
    <message>
        <source>QoS</source>
        <translation>QoS</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Test Plan</source>
        <translation>Plan de test</translation>
    </message>
    <message numerus="yes">
        <source>test plan: %n test(s), at most %1 at once%2</source>
        <translation>
            <numerusform>plan de test : %n test, au plus %1 à la fois%2</numerusform>
            <numerusform>plan de test : %n tests, au plus %1 à la fois%2</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 per host</source>
        <translation>, %1 par hôte</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>%1 cannot be run again: %2</source>
        <translation>%1 ne peut pas être réexécuté : %2</translation>
    </message>
    <message>
        <source>Cannot run on %1: %2</source>
        <translation>Exécution impossible sur %1 : %2</translation>
    </message>
    <message>
        <source>Starting: looking for iperf3…</source>
        <translation>Démarrage : recherche d&apos;iperf3…</translation>
    </message>
    <message>
        <source>Starting: connecting to %1…</source>
        <translation>Démarrage : connexion à %1…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <source>%1 started: %2 to %3, %4 s</source>
        <translation>%1 démarré : %2 vers %3, %4 s</translation>
    </message>
    <message>
        <source>Running %1 of %2: %3 to %4</source>
        <translation>Exécution %1 sur %2 : %3 vers %4</translation>
    </message>
    <message>
        <source>%1 / %2 s</source>
        <translation>%1 / %2 s</translation>
    </message>
    <message>
        <source>Running %1 of %2: %3 to %4, %5</source>
        <translation>Exécution %1 sur %2 : %3 vers %4, %5</translation>
    </message>
    <message>
        <source>%1 finished: %2</source>
        <translation>%1 terminé : %2</translation>
    </message>
    <message>
        <source>%1 partial (%2 s measured): %3 – %4</source>
        <translation>%1 partiel (%2 s mesurées) : %3 – %4</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message numerus="yes">
        <source>profile %1: %n test(s) done</source>
        <translation>
            <numerusform>profil %1 : %n test terminé</numerusform>
            <numerusform>profil %1 : %n tests terminés</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Results</source>
        <translation>Importer des résultats</translation>
    </message>
    <message>
        <source>Results of iperf3, netperf and flent (*.json *.jsonl *.txt *.out *.log *.flent *.flent.gz *.gz);;All files (*)</source>
        <translation>Résultats d&apos;iperf3, netperf et flent (*.json *.jsonl *.txt *.out *.log *.flent *.flent.gz *.gz);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Import de %n fichier…</numerusform>
            <numerusform>Import de %n fichiers…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 imported from %2: %3, %4</source>
        <translation>%1 importé depuis %2 : %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n run(s)</source>
        <translation>
            <numerusform>%n exécution importée</numerusform>
            <numerusform>%n exécutions importées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported:</source>
        <translation>
            <numerusform>%n fichier n&apos;a pas pu être importé :</numerusform>
            <numerusform>%n fichiers n&apos;ont pas pu être importés :</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for profiles…</source>
        <translation>Recherche des profils…</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n test(s): %2</source>
        <translation>
            <numerusform>%1 — %n test : %2</numerusform>
            <numerusform>%1 — %n tests : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>No profile was found in %1.</source>
        <translation>Aucun profil trouvé dans %1.</translation>
    </message>
    <message>
        <source>Run Profile</source>
        <translation>Exécuter un profil</translation>
    </message>
    <message>
        <source>Run every test of the profile:</source>
        <translation>Exécuter chaque test du profil :</translation>
    </message>
    <message>
        <source>Reading profile %1…</source>
        <translation>Lecture du profil %1…</translation>
    </message>
    <message>
        <source>The profile could not be read:
%1</source>
        <translation>Le profil n&apos;a pas pu être lu :
%1</translation>
    </message>
    <message>
        <source>The profile %1 has no tests.</source>
        <translation>Le profil %1 n&apos;a aucun test.</translation>
    </message>
    <message numerus="yes">
        <source>profile %1: %n test(s)%2</source>
        <translation>
            <numerusform>profil %1 : %n test%2</numerusform>
            <numerusform>profil %1 : %n tests%2</numerusform>
        </translation>
    </message>
    <message>
        <source>, run together</source>
        <translation>, exécutés ensemble</translation>
    </message>
    <message>
        <source>%1 measured nothing: %2</source>
        <translation>%1 n&apos;a rien mesuré : %2</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The session &quot;%1&quot; has changes that are not saved.
Save them first?</source>
        <translation>La session &quot;%1&quot; a des modifications non enregistrées.
Les enregistrer d&apos;abord ?</translation>
    </message>
    <message>
        <source>Open Session</source>
        <translation>Ouvrir une session</translation>
    </message>
    <message>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <source>Save Session As</source>
        <translation>Enregistrer la session sous</translation>
    </message>
    <message>
        <source>Recover session</source>
        <translation>Récupérer la session</translation>
    </message>
    <message>
        <source>Perfdeck did not close cleanly. A session was saved automatically on %1.
Recover it?</source>
        <translation>Perfdeck ne s&apos;est pas fermé proprement. Une session a été enregistrée automatiquement le %1.
La récupérer ?</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Récupérer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <source>There is no finished run to export yet.</source>
        <translation>Il n&apos;y a encore aucune exécution terminée à exporter.</translation>
    </message>
    <message>
        <source>runs</source>
        <translation>exécutions</translation>
    </message>
    <message>
        <source>Export Runs</source>
        <translation>Exporter les exécutions</translation>
    </message>
    <message>
        <source>An export is still being written; try again in a moment.</source>
        <translation>Un export est encore en cours d&apos;écriture ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>throughput</source>
        <translation>débit</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>Graphique enregistré dans %1</translation>
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
        <translation>Test en cours</translation>
    </message>
    <message>
        <source>A test is running. Stop it and quit?</source>
        <translation>Un test est en cours. L&apos;arrêter et quitter ?</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>no profile named &quot;%1&quot; in %2</source>
        <translation>aucun profil nommé &quot;%1&quot; dans %2</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>History not updated: %1</source>
        <translation>Historique non mis à jour : %1</translation>
    </message>
    <message>
        <source>Baseline: %1</source>
        <translation>Référence : %1</translation>
    </message>
    <message>
        <source>AF41: kept</source>
        <translation>AF41 : conservé</translation>
    </message>
    <message>
        <source>&amp;Monitoring and Exporters…</source>
        <translation>S&amp;upervision et exportateurs…</translation>
    </message>
    <message>
        <source>Prometheus endpoint, StatsD, InfluxDB file and the web dashboard while tests run</source>
        <translation>Point d&apos;accès Prometheus, StatsD, fichier InfluxDB et tableau de bord web pendant les tests</translation>
    </message>
    <message>
        <source>&amp;Welcome Tour</source>
        <translation>&amp;Visite guidée</translation>
    </message>
    <message>
        <source>%1 DSCP %2: %3 (probe flow of the class beside the test)</source>
        <translation>%1 DSCP %2 : %3 (flux de sonde de la classe à côté du test)</translation>
    </message>
    <message>
        <source>%1 pattern %2: no phase holds a whole reporting interval (a shorter Interval measures shorter phases)</source>
        <translation>%1 motif %2 : aucune phase ne contient un intervalle de rapport entier (un Intervalle plus court mesure des phases plus courtes)</translation>
    </message>
    <message>
        <source>%1 pattern %2, requested and achieved rate per phase:</source>
        <translation>%1 motif %2, débit demandé et atteint par phase :</translation>
    </message>
    <message>
        <source>%1 DSCP %2: %3 (the test&apos;s own datagrams)</source>
        <translation>%1 DSCP %2 : %3 (les datagrammes du test lui-même)</translation>
    </message>
    <message>
        <source>%1 started from the web: %2</source>
        <translation>%1 lancé depuis le web : %2</translation>
    </message>
    <message numerus="yes">
        <source>Running %n tests together (%1), %2 of %3 done</source>
        <translation>
            <numerusform>%n test en cours ensemble (%1), %2 sur %3 terminés</numerusform>
            <numerusform>%n tests en cours ensemble (%1), %2 sur %3 terminés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Perfdeck::MetricsServer</name>
    <message>
        <source>cannot listen for metrics on %1: %2</source>
        <translation>impossible d&apos;écouter pour les métriques sur %1 : %2</translation>
    </message>
</context>
<context>
    <name>Perfdeck::MonitoringCenter</name>
    <message>
        <source>The session&apos;s metrics endpoint or web dashboard listens beyond this machine: not started. Run &gt; Monitoring and Exporters starts it.</source>
        <translation>Le point d&apos;accès des métriques ou le tableau de bord web de la session écoute au-delà de cette machine : non démarré. Exécuter &gt; Supervision et exportateurs le démarre.</translation>
    </message>
    <message>
        <source>The session&apos;s exporters did not start: %1</source>
        <translation>Les exportateurs de la session n&apos;ont pas démarré : %1</translation>
    </message>
    <message>
        <source>web dashboard address %1</source>
        <translation>adresse du tableau de bord web %1</translation>
    </message>
    <message>
        <source>The web dashboard did not start: %1</source>
        <translation>Le tableau de bord web n&apos;a pas démarré : %1</translation>
    </message>
    <message>
        <source>The web dashboard&apos;s token could not be kept in the keychain (%1): a new one is made at each start.</source>
        <translation>Le jeton du tableau de bord web n&apos;a pas pu être gardé dans le trousseau (%1) : un nouveau est créé à chaque démarrage.</translation>
    </message>
</context>
<context>
    <name>Perfdeck::MonitoringDialog</name>
    <message>
        <source>Monitoring and Exporters</source>
        <translation>Supervision et exportateurs</translation>
    </message>
    <message>
        <source>While tests run, their live figures can go to your monitoring system and to a web page. These settings are saved with the session.</source>
        <translation>Pendant les tests, leurs valeurs en direct peuvent aller vers votre système de supervision et vers une page web. Ces réglages sont enregistrés avec la session.</translation>
    </message>
    <message>
        <source>&amp;Prometheus metrics endpoint</source>
        <translation>Point d&apos;accès des métriques &amp;Prometheus</translation>
    </message>
    <message>
        <source>Address and port to serve /metrics on; an address other than loopback makes the figures visible to the network.</source>
        <translation>Adresse et port où servir /metrics ; une adresse autre que loopback rend les valeurs visibles sur le réseau.</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>Écouter sur :</translation>
    </message>
    <message>
        <source>Scrape:</source>
        <translation>Collecte :</translation>
    </message>
    <message>
        <source>&amp;StatsD push (UDP)</source>
        <translation>Envoi &amp;StatsD (UDP)</translation>
    </message>
    <message>
        <source>StatsD daemon:</source>
        <translation>Démon StatsD :</translation>
    </message>
    <message>
        <source>&amp;InfluxDB line protocol file</source>
        <translation>Fichier &amp;InfluxDB line protocol</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Append the live figures to</source>
        <translation>Ajouter les valeurs en direct à</translation>
    </message>
    <message>
        <source>Append to:</source>
        <translation>Ajouter à :</translation>
    </message>
    <message>
        <source>&amp;Web dashboard</source>
        <translation>&amp;Tableau de bord web</translation>
    </message>
    <message>
        <source>none: plain HTTP</source>
        <translation>aucun : HTTP simple</translation>
    </message>
    <message>
        <source>TLS certificate (PEM)</source>
        <translation>Certificat TLS (PEM)</translation>
    </message>
    <message>
        <source>TLS private key (PEM)</source>
        <translation>Clé privée TLS (PEM)</translation>
    </message>
    <message>
        <source>Starting and stopping tests from the page needs this token; it is kept in the keychain, not in the session.</source>
        <translation>Lancer et arrêter des tests depuis la page exige ce jeton ; il est gardé dans le trousseau, pas dans la session.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>New Token</source>
        <translation>Nouveau jeton</translation>
    </message>
    <message>
        <source>TLS certificate:</source>
        <translation>Certificat TLS :</translation>
    </message>
    <message>
        <source>TLS key:</source>
        <translation>Clé TLS :</translation>
    </message>
    <message>
        <source>Open:</source>
        <translation>Ouvrir :</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Jeton :</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Non appliqué : %1</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>démarrage…</translation>
    </message>
    <message>
        <source>The web dashboard did not start: %1</source>
        <translation>Le tableau de bord web n&apos;a pas démarré : %1</translation>
    </message>
</context>
<context>
    <name>Perfdeck::PatternRun</name>
    <message>
        <source>unknown DSCP &apos;%1&apos;</source>
        <translation>DSCP inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the probe did not run</source>
        <translation>la sonde ne s&apos;est pas exécutée</translation>
    </message>
    <message>
        <source>phase %1 of %2: %3 bit/s for %4 s</source>
        <translation>phase %1 sur %2 : %3 bit/s pendant %4 s</translation>
    </message>
    <message>
        <source>phase %1 (%2 s, %3 bit/s): %4</source>
        <translation>phase %1 (%2 s, %3 bit/s) : %4</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>no phase ran</source>
        <translation>aucune phase ne s&apos;est exécutée</translation>
    </message>
</context>
<context>
    <name>Perfdeck::PlanCellDialog</name>
    <message>
        <source>Cell Overrides</source>
        <translation>Réglages propres à la cellule</translation>
    </message>
    <message>
        <source>Settings of %1 that differ from the test. Fields left at &quot;test: ...&quot; keep the test&apos;s value.</source>
        <translation>Réglages de %1 qui diffèrent du test. Les champs laissés à &quot;test : ...&quot; gardent la valeur du test.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>test: %1 s</source>
        <translation>test : %1 s</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>D&amp;urée :</translation>
    </message>
    <message>
        <source>test: %1</source>
        <translation>test : %1</translation>
    </message>
    <message>
        <source>&amp;Streams:</source>
        <translation>&amp;Flux :</translation>
    </message>
    <message>
        <source>test: unlimited (e.g. 100M, 1.5G)</source>
        <translation>test : illimité (p. ex. 100M, 1.5G)</translation>
    </message>
    <message>
        <source>&amp;Bitrate:</source>
        <translation>Dé&amp;bit :</translation>
    </message>
    <message>
        <source>test: none</source>
        <translation>test : aucun</translation>
    </message>
    <message>
        <source>DS&amp;CP:</source>
        <translation>&amp;DSCP :</translation>
    </message>
    <message>
        <source>send (client to server)</source>
        <translation>envoi (client vers serveur)</translation>
    </message>
    <message>
        <source>receive (server to client)</source>
        <translation>réception (serveur vers client)</translation>
    </message>
    <message>
        <source>both at once (bidir)</source>
        <translation>les deux à la fois (bidir)</translation>
    </message>
    <message>
        <source>D&amp;irection:</source>
        <translation>&amp;Sens :</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a bitrate (write e.g. 100M, 1.5G or 800k).</source>
        <translation>&quot;%1&quot; n&apos;est pas un débit (écrivez p. ex. 100M, 1.5G ou 800k).</translation>
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
        <translation>%1 flux</translation>
    </message>
    <message>
        <source>DSCP %1</source>
        <translation>DSCP %1</translation>
    </message>
    <message>
        <source>%1 trans/s</source>
        <translation>%1 trans./s</translation>
    </message>
    <message>
        <source>Toggle client %1</source>
        <translation>Basculer le client %1</translation>
    </message>
    <message>
        <source>Toggle server %1</source>
        <translation>Basculer le serveur %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2, %3, %n stream(s), %4 s</source>
        <translation>
            <numerusform>%1 %2, %3, %n flux, %4 s</numerusform>
            <numerusform>%1 %2, %3, %n flux, %4 s</numerusform>
        </translation>
    </message>
    <message>
        <source>Overrides: %1</source>
        <translation>Réglages propres : %1</translation>
    </message>
    <message>
        <source>Turned off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Skipped: client and server are the same host</source>
        <translation>Ignorée : le client et le serveur sont le même hôte</translation>
    </message>
    <message>
        <source> (attempt %1)</source>
        <translation> (tentative %1)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut : %1</translation>
    </message>
    <message numerus="yes">
        <source>Mean: %1 over %n repeat(s)</source>
        <translation>
            <numerusform>Moyenne : %1 sur %n répétition</numerusform>
            <numerusform>Moyenne : %1 sur %n répétitions</numerusform>
        </translation>
    </message>
    <message>
        <source>Range: %1 .. %2</source>
        <translation>Plage : %1 .. %2</translation>
    </message>
    <message>
        <source>Instances summed: %1</source>
        <translation>Instances additionnées : %1</translation>
    </message>
    <message>
        <source>Forward %1, reverse %2</source>
        <translation>Aller %1, retour %2</translation>
    </message>
    <message>
        <source>Asymmetry (forward/reverse): %1</source>
        <translation>Asymétrie (aller/retour) : %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Runs: %1 (click to select them)</source>
        <translation>Exécutions : %1 (cliquez pour les sélectionner)</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>same host</source>
        <translation>même hôte</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>retry %1…</source>
        <translation>nouvel essai %1…</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>démarrage…</translation>
    </message>
    <message>
        <source>%1 · %2/%3 s</source>
        <translation>%1 · %2/%3 s</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>en cours…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>Turn on %1</source>
        <translation>Activer %1</translation>
    </message>
    <message>
        <source>Turn off %1</source>
        <translation>Désactiver %1</translation>
    </message>
    <message>
        <source>Server %1: click to turn its column on or off</source>
        <translation>Serveur %1 : cliquez pour activer ou désactiver sa colonne</translation>
    </message>
    <message>
        <source>Client %1: click to turn its row on or off</source>
        <translation>Client %1 : cliquez pour activer ou désactiver sa ligne</translation>
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
        <translation>Ser&amp;veurs</translation>
    </message>
    <message>
        <source>&amp;Tests</source>
        <translation>&amp;Tests</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>From the run form</source>
        <translation>Depuis le formulaire d&apos;exécution</translation>
    </message>
    <message>
        <source>Self pairs</source>
        <translation>Paires identiques</translation>
    </message>
    <message>
        <source>Also run the cells whose client and server are the same host</source>
        <translation>Exécuter aussi les cellules dont le client et le serveur sont le même hôte</translation>
    </message>
    <message>
        <source>Include self pairs</source>
        <translation>Inclure les paires identiques</translation>
    </message>
    <message>
        <source>Skip self pairs</source>
        <translation>Ignorer les paires identiques</translation>
    </message>
    <message>
        <source>Edit Overrides…</source>
        <translation>Modifier les réglages propres…</translation>
    </message>
    <message>
        <source>Clear Overrides</source>
        <translation>Effacer les réglages propres</translation>
    </message>
    <message>
        <source>Clear overrides</source>
        <translation>effacer les réglages propres</translation>
    </message>
    <message>
        <source>Turn On</source>
        <translation>Activer</translation>
    </message>
    <message>
        <source>Turn Off</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Turn on cells</source>
        <translation>activer des cellules</translation>
    </message>
    <message>
        <source>Turn off cells</source>
        <translation>désactiver des cellules</translation>
    </message>
    <message>
        <source>Select Its Runs</source>
        <translation>Sélectionner ses exécutions</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>A&amp;ffichage :</translation>
    </message>
    <message>
        <source>Plan and status</source>
        <translation>Plan et statut</translation>
    </message>
    <message>
        <source>Heat map: values</source>
        <translation>Carte thermique : valeurs</translation>
    </message>
    <message>
        <source>Heat map: forward/reverse</source>
        <translation>Carte thermique : aller/retour</translation>
    </message>
    <message>
        <source>At &amp;once:</source>
        <translation>À la f&amp;ois :</translation>
    </message>
    <message>
        <source>Tests running at the same time, over all hosts</source>
        <translation>Tests exécutés en même temps, tous hôtes confondus</translation>
    </message>
    <message>
        <source>Per &amp;host:</source>
        <translation>Par &amp;hôte :</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>Tests one host takes part in at the same time, as client or server</source>
        <translation>Tests auxquels un hôte participe en même temps, comme client ou serveur</translation>
    </message>
    <message>
        <source>&amp;Run Plan</source>
        <translation>E&amp;xécuter le plan</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>A&amp;rrêter</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <source>%1 is not in the inventory: add it in the Hosts dock, or take it out of the plan</source>
        <translation>%1 n&apos;est pas dans l&apos;inventaire : ajoutez-le dans le dock Hôtes, ou retirez-le du plan</translation>
    </message>
    <message>
        <source>Clients: %1</source>
        <translation>Clients : %1</translation>
    </message>
    <message>
        <source>Servers: %1</source>
        <translation>Serveurs : %1</translation>
    </message>
    <message>
        <source>The run form has no test.</source>
        <translation>Le formulaire d&apos;exécution n&apos;a aucun test.</translation>
    </message>
    <message>
        <source>The run form&apos;s test cannot be used: %1</source>
        <translation>Le test du formulaire d&apos;exécution est inutilisable : %1</translation>
    </message>
    <message>
        <source>Tests from the run form</source>
        <translation>Tests du formulaire d&apos;exécution</translation>
    </message>
    <message>
        <source>Reading profile %1…</source>
        <translation>Lecture du profil %1…</translation>
    </message>
    <message>
        <source>The profile %1 has no tests.</source>
        <translation>Le profil %1 n&apos;a aucun test.</translation>
    </message>
    <message>
        <source>The profile could not be read:
%1</source>
        <translation>Le profil n&apos;a pas pu être lu :
%1</translation>
    </message>
    <message>
        <source>Tests of profile %1</source>
        <translation>Tests du profil %1</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n test(s))</source>
        <translation>
            <numerusform>%1 (%n test)</numerusform>
            <numerusform>%1 (%n tests)</numerusform>
        </translation>
    </message>
    <message>
        <source>no test yet</source>
        <translation>pas encore de test</translation>
    </message>
    <message numerus="yes">
        <source>%n test(s)</source>
        <translation>
            <numerusform>%n test</numerusform>
            <numerusform>%n tests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>profile %1, %n test(s)</source>
        <translation>
            <numerusform>profil %1, %n test</numerusform>
            <numerusform>profil %1, %n tests</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The plan cannot run: %1.</source>
        <translation>Le plan ne peut pas s&apos;exécuter : %1.</translation>
    </message>
    <message>
        <source>Every cell of the plan is turned off or pairs a host with itself.</source>
        <translation>Chaque cellule du plan est désactivée ou associe un hôte à lui-même.</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s)</source>
        <translation>
            <numerusform>%n cellule</numerusform>
            <numerusform>%n cellules</numerusform>
        </translation>
    </message>
    <message>
        <source>Overrides of %1</source>
        <translation>Réglages propres de %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n test(s) done</source>
        <translation>
            <numerusform>%1 test sur %n terminé</numerusform>
            <numerusform>%1 tests sur %n terminés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n en échec</numerusform>
            <numerusform>, %n en échec</numerusform>
        </translation>
    </message>
    <message>
        <source> · about %1 left</source>
        <translation> · environ %1 restantes</translation>
    </message>
    <message>
        <source>no profile named &quot;%1&quot; in %2</source>
        <translation>aucun profil nommé &quot;%1&quot; dans %2</translation>
    </message>
    <message>
        <source>Filter hosts: name, address, site, region or tag; tag:NAME, site:NAME</source>
        <translation>Filtrer les hôtes : nom, adresse, site, région ou étiquette ; tag:NAME, site:NAME</translation>
    </message>
    <message numerus="yes">
        <source>Stop %n Cell(s)</source>
        <translation>
            <numerusform>Arrêter %n cellule</numerusform>
            <numerusform>Arrêter %n cellules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run %n Cell(s)</source>
        <translation>
            <numerusform>Exécuter %n cellule</numerusform>
            <numerusform>Exécuter %n cellules</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not run: %2.</source>
        <translation>%1 ne s&apos;exécute pas : %2.</translation>
    </message>
    <message numerus="yes">
        <source>Stopping %n run(s)…</source>
        <translation>
            <numerusform>Arrêt de %n exécution…</numerusform>
            <numerusform>Arrêt de %n exécutions…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Perfdeck::QosRun</name>
    <message>
        <source>the reflector on %1 did not start listening within %2 s</source>
        <translation>le réflecteur sur %1 n&apos;a pas commencé à écouter en %2 s</translation>
    </message>
    <message>
        <source>no DSCP classes to test</source>
        <translation>aucune classe DSCP à tester</translation>
    </message>
    <message>
        <source>no host to send from</source>
        <translation>aucun hôte émetteur</translation>
    </message>
    <message>
        <source>no runner for the bulk test</source>
        <translation>aucun exécuteur pour le test de masse</translation>
    </message>
    <message>
        <source>a test with bulk traffic needs at least 5 s</source>
        <translation>un test avec trafic de masse exige au moins 5 s</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a DSCP class</source>
        <translation>&apos;%1&apos; n&apos;est pas une classe DSCP</translation>
    </message>
    <message>
        <source>no port for the reflector at %1</source>
        <translation>aucun port pour le réflecteur sur %1</translation>
    </message>
    <message>
        <source>no host for the reflector</source>
        <translation>aucun hôte pour le réflecteur</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>perfdeck-probe was not found on this machine (set PERFDECK_PROBE or install it beside perfdeck-cli)</source>
        <translation>perfdeck-probe introuvable sur cette machine (définissez PERFDECK_PROBE ou installez-le à côté de perfdeck-cli)</translation>
    </message>
    <message>
        <source>the address at which %1 reaches this machine is not known yet</source>
        <translation>l&apos;adresse à laquelle %1 joint cette machine n&apos;est pas encore connue</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>the probe&apos;s output ended early</source>
        <translation>la sortie de la sonde s&apos;est arrêtée tôt</translation>
    </message>
    <message>
        <source>the probe %1</source>
        <translation>la sonde %1</translation>
    </message>
    <message>
        <source>no summary from the probe</source>
        <translation>aucun résumé de la sonde</translation>
    </message>
    <message>
        <source>no reply from the reflector at %1: nothing came back</source>
        <translation>aucune réponse du réflecteur sur %1 : rien n&apos;est revenu</translation>
    </message>
    <message>
        <source>the bulk test did not end: cancelled</source>
        <translation>le test de masse ne s&apos;est pas terminé : annulé</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>terminé avec le code %1</translation>
    </message>
    <message>
        <source>the reflector on %1 did not start: %2</source>
        <translation>le réflecteur sur %1 n&apos;a pas démarré : %2</translation>
    </message>
    <message>
        <source>the bulk test did not run</source>
        <translation>le test de masse ne s&apos;est pas exécuté</translation>
    </message>
    <message>
        <source>bulk: iperf3 TCP marked %1, %2 stream(s), %3 s</source>
        <translation>masse : TCP iperf3 marqué %1, %2 flux, %3 s</translation>
    </message>
    <message>
        <source>%1 %2: RTT %3 -&gt; %4, loss %5 -&gt; %6 while %7 bulk TCP carried %8</source>
        <translation>%1 %2 : RTT %3 -&gt; %4, perte %5 -&gt; %6 pendant que le TCP de masse %7 transportait %8</translation>
    </message>
    <message>
        <source>not judged (no quiet baseline or no interval under load)</source>
        <translation>non jugé (pas de référence calme ou pas d&apos;intervalle sous charge)</translation>
    </message>
    <message>
        <source>protected</source>
        <translation>protégé</translation>
    </message>
    <message>
        <source>NOT protected</source>
        <translation>NON protégé</translation>
    </message>
    <message>
        <source>the probe did not start</source>
        <translation>la sonde n&apos;a pas démarré</translation>
    </message>
    <message>
        <source>a bulk test against a running reflector (--target) needs a running iperf3 server for it (--bulk-target)</source>
        <translation>un test de masse vers un réflecteur en marche (--target) exige un serveur iperf3 en marche pour lui (--bulk-target)</translation>
    </message>
</context>
<context>
    <name>Perfdeck::QosTableModel</name>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation>Gigue</translation>
    </message>
    <message>
        <source>RTT mean</source>
        <translation>RTT moyen</translation>
    </message>
    <message>
        <source>RTT p99</source>
        <translation>RTT p99</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
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
        <translation>Classes DSCP séparées par des virgules : EF, AF11..AF43, CS0..CS7, VA, LE ou 0-63</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> packets/s</source>
        <translation> paquets/s</translation>
    </message>
    <message>
        <source>IPv6 (::1)</source>
        <translation>IPv6 (::1)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Sends probe datagrams marked with each class to a reflector on this machine and shows what arrived.</source>
        <translation>Envoie des datagrammes de sonde marqués de chaque classe vers un réflecteur sur cette machine et montre ce qui est arrivé.</translation>
    </message>
    <message>
        <source>Classes:</source>
        <translation>Classes :</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Durée :</translation>
    </message>
    <message>
        <source>Rate per class:</source>
        <translation>Débit par classe :</translation>
    </message>
    <message>
        <source>Classes: %1</source>
        <translation>Classes : %1</translation>
    </message>
    <message>
        <source>Running: %1 for %2 s...</source>
        <translation>En cours : %1 pendant %2 s...</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>Arrêt...</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>%1 of %2 classes arrived with their marks.</source>
        <translation>%1 classes sur %2 sont arrivées avec leur marquage.</translation>
    </message>
</context>
<context>
    <name>Perfdeck::ReportCenter</name>
    <message>
        <source>Generate &amp;Report…</source>
        <translation>&amp;Générer un rapport…</translation>
    </message>
    <message>
        <source>Make a PDF, HTML, Markdown, text or CSV report of this session from a template</source>
        <translation>Produire un rapport PDF, HTML, Markdown, texte ou CSV de cette session à partir d&apos;un modèle</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>See the report&apos;s pages as they would be printed</source>
        <translation>Voir les pages du rapport telles qu&apos;elles seraient imprimées</translation>
    </message>
    <message>
        <source>&amp;Print Report…</source>
        <translation>Imprimer le rappor&amp;t…</translation>
    </message>
    <message>
        <source>Print the session&apos;s report with the chosen template</source>
        <translation>Imprimer le rapport de la session avec le modèle choisi</translation>
    </message>
    <message>
        <source>Report &amp;Templates…</source>
        <translation>&amp;Modèles de rapport…</translation>
    </message>
    <message>
        <source>Edit report templates with a live preview of this session</source>
        <translation>Modifier les modèles de rapport avec un aperçu en direct de cette session</translation>
    </message>
    <message>
        <source>Test &amp;Profiles…</source>
        <translation>Profils de &amp;test…</translation>
    </message>
    <message>
        <source>Edit YAML test profiles and see the tests they expand to</source>
        <translation>Modifier les profils de test YAML et voir les tests qu&apos;ils produisent</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Rapport écrit dans %1</translation>
    </message>
</context>
<context>
    <name>Perfdeck::ReportDialog</name>
    <message>
        <source>Generate Report</source>
        <translation>Générer un rapport</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>report.pdf, .html, .md, .txt or .csv</source>
        <translation>report.pdf, .html, .md, .txt ou .csv</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Output file:</source>
        <translation>Fichier de sortie :</translation>
    </message>
    <message>
        <source>From the locale</source>
        <translation>D&apos;après la locale</translation>
    </message>
    <message>
        <source>Pages of a PDF report or of a print</source>
        <translation>Pages d&apos;un rapport PDF ou d&apos;une impression</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Format de page :</translation>
    </message>
    <message>
        <source>Runs to compare with: the report shows the change and whether it is significant</source>
        <translation>Exécutions de comparaison : le rapport montre la variation et si elle est significative</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>From file…</source>
        <translation>Depuis un fichier…</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Référence :</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) from %1</source>
        <translation>
            <numerusform>%n exécution de %1</numerusform>
            <numerusform>%n exécutions de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>this session</source>
        <translation>cette session</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <source>&amp;Open Report</source>
        <translation>&amp;Ouvrir le rapport</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Template File</source>
        <translation>Fichier de modèle</translation>
    </message>
    <message>
        <source>Templates (*.html *.htm *.md *.txt *.csv);;All files (*)</source>
        <translation>Modèles (*.html *.htm *.md *.txt *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Baseline: %n run(s) from %1</source>
        <translation>
            <numerusform>Référence : %n exécution de %1</numerusform>
            <numerusform>Référence : %n exécutions de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to print.</source>
        <translation>Prêt à imprimer.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 écrit (%n page).</numerusform>
            <numerusform>%1 écrit (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 écrit.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>fourni</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>le vôtre</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>Autre fichier…</translation>
    </message>
    <message>
        <source>As in the statistics panel: %1</source>
        <translation>Comme dans le panneau de statistiques : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n exécution</numerusform>
            <numerusform>%n exécutions</numerusform>
        </translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier : %1</translation>
    </message>
    <message>
        <source>Reading the baseline %1…</source>
        <translation>Lecture de la référence %1…</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Sessions and results (*.perfdeck *.json);;All files (*)</source>
        <translation>Sessions et résultats (*.perfdeck *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>statistics panel baseline (%1)</source>
        <translation>référence du panneau de statistiques (%1)</translation>
    </message>
    <message>
        <source>Report File</source>
        <translation>Fichier de rapport</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html);;Markdown (*.md);;Text (*.txt);;CSV (*.csv)</source>
        <translation>PDF (*.pdf);;HTML (*.html);;Markdown (*.md);;Texte (*.txt);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>The output file&apos;s extension picks the format: .pdf, .html, .md, .txt or .csv.</source>
        <translation>L&apos;extension du fichier de sortie choisit le format : .pdf, .html, .md, .txt ou .csv.</translation>
    </message>
    <message>
        <source>Perfdeck report</source>
        <translation>Rapport Perfdeck</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>Envoyé à %1.</translation>
    </message>
    <message>
        <source>Nothing to print yet: the report is still being rendered.</source>
        <translation>Rien à imprimer pour l&apos;instant : le rapport est encore en cours de rendu.</translation>
    </message>
</context>
<context>
    <name>Perfdeck::ReportJob</name>
    <message>
        <source>Computing statistics</source>
        <translation>Calcul des statistiques</translation>
    </message>
    <message>
        <source>Rendering %1</source>
        <translation>Rendu de %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>Écriture de %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>Perfdeck::RunPanel</name>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Request/response (both ways)</source>
        <translation>Requête/réponse (A/R)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
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
        <translation>netserver local (127.0.0.1)</translation>
    </message>
    <message>
        <source>Local iperf3 server (127.0.0.1)</source>
        <translation>Serveur iperf3 local (127.0.0.1)</translation>
    </message>
    <message>
        <source>netserver started by Perfdeck</source>
        <translation>netserver démarré par Perfdeck</translation>
    </message>
    <message>
        <source>iperf3 server started by Perfdeck</source>
        <translation>serveur iperf3 démarré par Perfdeck</translation>
    </message>
    <message>
        <source>Perfdeck starts its own netserver on 127.0.0.1 on a free port: works on any machine with netperf installed.</source>
        <translation>Perfdeck démarre son propre netserver sur 127.0.0.1 sur un port libre : fonctionne sur toute machine où netperf est installé.</translation>
    </message>
    <message>
        <source>Perfdeck starts its own iperf3 server on 127.0.0.1 on a free port: works on any machine with iperf3 installed.</source>
        <translation>Perfdeck démarre son propre serveur iperf3 sur 127.0.0.1 sur un port libre : fonctionne sur toute machine où iperf3 est installé.</translation>
    </message>
    <message>
        <source>netperf runs one stream per process: N streams start N netperf processes together, reported as instances of one test</source>
        <translation>netperf exécute un flux par processus : N flux lancent N processus netperf ensemble, rapportés comme instances d&apos;un même test</translation>
    </message>
    <message>
        <source>Parallel streams (iperf3 -P)</source>
        <translation>Flux parallèles (iperf3 -P)</translation>
    </message>
    <message>
        <source>not with netperf</source>
        <translation>pas avec netperf</translation>
    </message>
    <message>
        <source>1M (iperf3 default for UDP)</source>
        <translation>1M (défaut d&apos;iperf3 pour UDP)</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>illimité</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Host: enter a server name or address, or tick &quot;%1&quot;.</source>
        <translation>Hôte : saisissez un nom ou une adresse de serveur, ou cochez &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Bitrate: &quot;%1&quot; is not a rate; write for example 100M, 1.5G or 64k.</source>
        <translation>Débit : &quot;%1&quot; n&apos;est pas un débit ; écrivez par exemple 100M, 1.5G ou 64k.</translation>
    </message>
    <message>
        <source>DSCP: &quot;%1&quot; is not a DSCP class (EF, AF41, CS1...) or a number 0-63.</source>
        <translation>DSCP : &quot;%1&quot; n&apos;est ni une classe DSCP (EF, AF41, CS1...) ni un nombre 0-63.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a size; write for example 128K, 4M or 1460.</source>
        <translation>%1 : &quot;%2&quot; n&apos;est pas une taille ; écrivez par exemple 128K, 4M ou 1460.</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>%1 (not offered by the inventory)</source>
        <translation>%1 (non proposé par l&apos;inventaire)</translation>
    </message>
    <message>
        <source>%1: the inventory does not allow %2 as a %3 (its roles, Hosts dock).</source>
        <translation>%1 : l&apos;inventaire n&apos;autorise pas %2 comme %3 (ses rôles, dock Hôtes).</translation>
    </message>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <source>server</source>
        <translation>serveur</translation>
    </message>
    <message>
        <source>%1: %2 is not in the inventory; add it in the Hosts dock or pick another host.</source>
        <translation>%1 : %2 n&apos;est pas dans l&apos;inventaire ; ajoutez-le dans le dock Hôtes ou choisissez un autre hôte.</translation>
    </message>
    <message>
        <source>Bitrate: %1</source>
        <translation>Débit : %1</translation>
    </message>
    <message>
        <source>Not a rate (100M, 1.5G, 64k) nor a pattern (ramp:10M..100M/10s).</source>
        <translation>Ni un débit (100M, 1.5G, 64k) ni un motif (ramp:10M..100M/10s).</translation>
    </message>
    <message>
        <source>Si&amp;zes:</source>
        <translation>Tai&amp;lles :</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Longueur :</translation>
    </message>
    <message>
        <source>1 byte each way</source>
        <translation>1 octet dans chaque sens</translation>
    </message>
    <message>
        <source>tool default</source>
        <translation>défaut de l&apos;outil</translation>
    </message>
    <message>
        <source>Request and response size of each transaction, for example 64 or 64,1024 (netperf -r); without a response size it is the request&apos;s.</source>
        <translation>Taille de requête et de réponse de chaque transaction, par exemple 64 ou 64,1024 (netperf -r) ; sans taille de réponse, c&apos;est celle de la requête.</translation>
    </message>
    <message>
        <source>Buffer (TCP) or datagram (UDP) size, for example 128K or 1460 (iperf3 -l, netperf -m).</source>
        <translation>Taille du tampon (TCP) ou du datagramme (UDP), par exemple 128K ou 1460 (iperf3 -l, netperf -m).</translation>
    </message>
    <message>
        <source>Sizes: &quot;%1&quot; is not a request size or request,response sizes; write for example 64 or 64,1024.</source>
        <translation>Tailles : &quot;%1&quot; n&apos;est ni une taille de requête ni des tailles requête,réponse ; écrivez par exemple 64 ou 64,1024.</translation>
    </message>
    <message>
        <source>Pattern: up to %1, repeating every %2 s; UDP datagrams paced by perfdeck-probe.</source>
        <translation>Motif : jusqu&apos;à %1, répété toutes les %2 s ; datagrammes UDP cadencés par perfdeck-probe.</translation>
    </message>
    <message>
        <source>Pattern: up to %1, repeating every %2 s; TCP runs one iperf3 test per phase (whole seconds).</source>
        <translation>Motif : jusqu&apos;à %1, répété toutes les %2 s ; TCP exécute un test iperf3 par phase (secondes entières).</translation>
    </message>
    <message>
        <source>A UDP traffic pattern is sent by perfdeck-probe, which paces its datagrams to the pattern; iperf3 sends everything else.</source>
        <translation>Un motif de trafic UDP est envoyé par perfdeck-probe, qui cadence ses datagrammes selon le motif ; iperf3 envoie tout le reste.</translation>
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
        <translation>Requête/réponse</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>Bidirectional</source>
        <translation>Bidirectionnel</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Partiel</translation>
    </message>
    <message>
        <source>embedded (127.0.0.1)</source>
        <translation>intégré (127.0.0.1)</translation>
    </message>
    <message>
        <source>embedded (%1)</source>
        <translation>intégré (%1)</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 trans/s</source>
        <translation>%1 trans./s</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
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
        <translation>CPU (local / distant)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Streams</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Retransmits</source>
        <translation>Retransmissions</translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation>Gigue</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <source>ICMP</source>
        <translation>ICMP</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Aller-retour</translation>
    </message>
    <message>
        <source>Resources:</source>
        <translation>Ressources :</translation>
    </message>
    <message>
        <source>  %1 %2 on %3: CPU mean %4, p90 %5, max %6; RSS max %7</source>
        <translation>  %1 %2 sur %3 : CPU moyen %4, p90 %5, max %6 ; RSS max %7</translation>
    </message>
    <message>
        <source>  %1 on %2: rx mean %3, tx mean %4</source>
        <translation>  %1 sur %2 : rx moyen %3, tx moyen %4</translation>
    </message>
    <message>
        <source>, utilisation max %1</source>
        <translation>, utilisation max %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: checking…</source>
        <translation>%1 : vérification…</translation>
    </message>
    <message>
        <source>Marked; no probe checked what arrived (tick Check beside the DSCP field)</source>
        <translation>Marqué ; aucune sonde n&apos;a vérifié ce qui est arrivé (cochez Contrôler à côté du champ DSCP)</translation>
    </message>
    <message>
        <source>Sent as %1, arrived as %2 (a perfdeck-probe flow of the class beside the test)</source>
        <translation>Envoyé en %1, arrivé en %2 (un flux perfdeck-probe de la classe à côté du test)</translation>
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
        <translation>Mot de passe SSH</translation>
    </message>
    <message>
        <source>Key Passphrase</source>
        <translation>Phrase de passe de la clé</translation>
    </message>
    <message>
        <source>The previous answer was not accepted (attempt %1 of 3).</source>
        <translation>La réponse précédente n&apos;a pas été acceptée (tentative %1 sur 3).</translation>
    </message>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>&amp;Mémoriser dans le trousseau</translation>
    </message>
    <message>
        <source>Stored in the desktop&apos;s keychain (Secret Service) once the login worked; never in a file or the session. Perfdeck then connects without asking.</source>
        <translation>Stocké dans le trousseau du bureau (Secret Service) une fois la connexion réussie ; jamais dans un fichier ni dans la session. Perfdeck se connecte ensuite sans demander.</translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
</context>
<context>
    <name>Perfdeck::SessionController</name>
    <message>
        <source>Perfdeck sessions (*.perfdeck *.json);;All files (*)</source>
        <translation>Sessions Perfdeck (*.perfdeck *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Another session file operation is still running; try again in a moment.</source>
        <translation>Une autre opération sur un fichier de session est en cours ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Could not recover the autosaved session.
%1</source>
        <translation>Impossible de récupérer la session enregistrée automatiquement.
%1</translation>
    </message>
    <message>
        <source>Could not open the session.
%1</source>
        <translation>Impossible d&apos;ouvrir la session.
%1</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1 : impossible de créer le dossier</translation>
    </message>
    <message>
        <source>Could not save the session.
%1</source>
        <translation>Impossible d&apos;enregistrer la session.
%1</translation>
    </message>
</context>
<context>
    <name>Perfdeck::ShapingSection</name>
    <message>
        <source>Shaping</source>
        <translation>Mise en forme</translation>
    </message>
    <message>
        <source>A token-bucket rate limit seen in this run&apos;s intervals: the initial burst above the sustained rate, and whether the limiter queues (shaper) or drops (policer). Best with 0.1 s intervals and a reverse run; the &apos;shaping&apos; profile runs such tests. &apos;perfdeck-cli shaping&apos; prints the same.</source>
        <translation>Une limitation de débit à seau à jetons vue dans les intervalles de cette exécution : la rafale initiale au-dessus du débit soutenu, et si le limiteur met en file (shaper) ou rejette (policer). Idéal avec des intervalles de 0,1 s et une exécution en sens inverse ; le profil &apos;shaping&apos; exécute de tels tests. &apos;perfdeck-cli shaping&apos; affiche la même chose.</translation>
    </message>
    <message>
        <source>Cannot tell</source>
        <translation>Indéterminé</translation>
    </message>
    <message>
        <source>Rate-limited by a policer (confidence %1)</source>
        <translation>Débit limité par un policer (confiance %1)</translation>
    </message>
    <message>
        <source>Rate-limited by a shaper (confidence %1)</source>
        <translation>Débit limité par un shaper (confiance %1)</translation>
    </message>
    <message>
        <source>Not shaped (confidence %1)</source>
        <translation>Non mis en forme (confiance %1)</translation>
    </message>
    <message>
        <source>Sustained %1</source>
        <translation>Soutenu %1</translation>
    </message>
    <message>
        <source> (%1 in Ethernet frames)</source>
        <translation> (%1 en trames Ethernet)</translation>
    </message>
    <message>
        <source>burst %1 in %2 s at %3</source>
        <translation>rafale %1 en %2 s à %3</translation>
    </message>
    <message>
        <source>intervals used: %1, the sender&apos;s</source>
        <translation>intervalles utilisés : %1, ceux de l&apos;émetteur</translation>
    </message>
    <message>
        <source>intervals used: %1, the receiver&apos;s</source>
        <translation>intervalles utilisés : %1, ceux du récepteur</translation>
    </message>
</context>
<context>
    <name>Perfdeck::SshPrompter</name>
    <message>
        <source>%1: stored in the keychain</source>
        <translation>%1 : stocké dans le trousseau</translation>
    </message>
    <message>
        <source>%1: not stored in the keychain (%2)</source>
        <translation>%1 : non stocké dans le trousseau (%2)</translation>
    </message>
    <message>
        <source>Host Key Changed</source>
        <translation>Clé d&apos;hôte modifiée</translation>
    </message>
    <message>
        <source>The connection was refused because the host key changed.</source>
        <translation>La connexion a été refusée car la clé d&apos;hôte a changé.</translation>
    </message>
</context>
<context>
    <name>Perfdeck::StatisticsCharts</name>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Outlier</source>
        <translation>Aberrante</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Exclue</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message numerus="yes">
        <source>Histogram, %n bin(s) (Freedman-Diaconis)</source>
        <translation>
            <numerusform>Histogramme, %n classe (Freedman-Diaconis)</numerusform>
            <numerusform>Histogramme, %n classes (Freedman-Diaconis)</numerusform>
        </translation>
    </message>
    <message>
        <source>Box plot</source>
        <translation>Boîte à moustaches</translation>
    </message>
    <message>
        <source>%1 CI</source>
        <comment>legend: the confidence interval of the mean</comment>
        <translation>IC %1</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervalle</translation>
    </message>
</context>
<context>
    <name>Perfdeck::StatisticsController</name>
    <message numerus="yes">
        <source>%n run(s) like %1: %2</source>
        <translation>
            <numerusform>%n exécution comme %1 : %2</numerusform>
            <numerusform>%n exécutions comme %1 : %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (no selection; %n other run(s) left out)</source>
        <translation>
            <numerusform> (aucune sélection ; %n autre exécution laissée de côté)</numerusform>
            <numerusform> (aucune sélection ; %n autres exécutions laissées de côté)</numerusform>
        </translation>
    </message>
    <message>
        <source> (no selection)</source>
        <translation> (aucune sélection)</translation>
    </message>
    <message>
        <source>%1 (partial)</source>
        <translation>%1 (partiel)</translation>
    </message>
    <message>
        <source>%1 (error)</source>
        <translation>%1 (erreur)</translation>
    </message>
    <message>
        <source>%1 (no %2)</source>
        <translation>%1 (pas de %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) selected</source>
        <translation>
            <numerusform>%n exécution sélectionnée</numerusform>
            <numerusform>%n exécutions sélectionnées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n partial (stopped early, used)</source>
        <translation>
            <numerusform> ; %n partielle (arrêtée tôt, utilisée)</numerusform>
            <numerusform> ; %n partielles (arrêtées tôt, utilisées)</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a run to see its intervals.</source>
        <translation>Sélectionnez une exécution pour voir ses intervalles.</translation>
    </message>
    <message>
        <source>No selected run has intervals.</source>
        <translation>Aucune exécution sélectionnée n&apos;a d&apos;intervalles.</translation>
    </message>
    <message>
        <source>Intervals of run %1</source>
        <translation>Intervalles de l&apos;exécution %1</translation>
    </message>
    <message>
        <source> (partial: stopped early)</source>
        <translation> (partielle : arrêtée tôt)</translation>
    </message>
    <message numerus="yes">
        <source> (the first of %n selected runs)</source>
        <translation>
            <numerusform> (la première de %n exécution sélectionnée)</numerusform>
            <numerusform> (la première des %n exécutions sélectionnées)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n omitted interval(s)</source>
        <translation>
            <numerusform>%n intervalle omis</numerusform>
            <numerusform>%n intervalles omis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interval(s) without %1</source>
        <translation>
            <numerusform>%n intervalle sans %1</numerusform>
            <numerusform>%n intervalles sans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n skipped: %1</source>
        <translation>
            <numerusform> ; %n ignoré : %1</numerusform>
            <numerusform> ; %n ignorés : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the selection mixes unlike runs: %1</source>
        <translation>la sélection mélange des exécutions dissemblables : %1</translation>
    </message>
    <message>
        <source>Reading the baseline file…</source>
        <translation>Lecture du fichier de référence…</translation>
    </message>
    <message>
        <source>The baseline runs are not available.</source>
        <translation>Les exécutions de référence ne sont pas disponibles.</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n exécution</numerusform>
            <numerusform>%n exécutions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interval(s) of %1</source>
        <translation>
            <numerusform>%n intervalle de %1</numerusform>
            <numerusform>%n intervalles de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n skipped</source>
        <translation>
            <numerusform>, %n ignoré</numerusform>
            <numerusform>, %n ignorés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The baseline has %n value(s); a comparison needs at least 2. Choose several runs, or compare intervals (per-interval mode).</source>
        <translation>
            <numerusform>La référence a %n valeur ; une comparaison en exige au moins 2. Choisissez plusieurs exécutions, ou comparez des intervalles (mode par intervalle).</numerusform>
            <numerusform>La référence a %n valeurs ; une comparaison en exige au moins 2. Choisissez plusieurs exécutions, ou comparez des intervalles (mode par intervalle).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The baseline has %n interval value(s); a comparison needs at least 2.</source>
        <translation>
            <numerusform>La référence a %n valeur d&apos;intervalle ; une comparaison en exige au moins 2.</numerusform>
            <numerusform>La référence a %n valeurs d&apos;intervalle ; une comparaison en exige au moins 2.</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message numerus="yes">
        <source>All candidates (%n run(s))</source>
        <translation>
            <numerusform>Tous les candidats (%n exécution)</numerusform>
            <numerusform>Tous les candidats (%n exécutions)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n run(s))</source>
        <translation>
            <numerusform>%1 (%n exécution)</numerusform>
            <numerusform>%1 (%n exécutions)</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Exécution %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n run(s), file)</source>
        <translation>
            <numerusform>%1 (%n exécution, fichier)</numerusform>
            <numerusform>%1 (%n exécutions, fichier)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (not usable)</source>
        <translation>%1 (inutilisable)</translation>
    </message>
    <message>
        <source>%1 (not available)</source>
        <translation>%1 (indisponible)</translation>
    </message>
    <message>
        <source>%1: no runs in this document, nothing to compare with</source>
        <translation>%1 : aucune exécution dans ce document, rien à comparer</translation>
    </message>
    <message>
        <source>A comparison needs at least 2 values in the selection.</source>
        <translation>Une comparaison exige au moins 2 valeurs dans la sélection.</translation>
    </message>
    <message>
        <source>Reading the baseline from the history…</source>
        <translation>Lecture de la référence depuis l&apos;historique…</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n run(s) (history)</source>
        <translation>
            <numerusform>%1, %n exécution (historique)</numerusform>
            <numerusform>%1, %n exécutions (historique)</numerusform>
        </translation>
    </message>
    <message>
        <source>History runs (not usable)</source>
        <translation>Exécutions d&apos;historique (inutilisables)</translation>
    </message>
    <message>
        <source>No history runs chosen for the baseline.</source>
        <translation>Aucune exécution d&apos;historique choisie pour la référence.</translation>
    </message>
</context>
<context>
    <name>Perfdeck::StatisticsPanel</name>
    <message>
        <source>trans/s</source>
        <translation>trans./s</translation>
    </message>
    <message>
        <source>Per run</source>
        <translation>Par exécution</translation>
    </message>
    <message>
        <source>Per interval (one run)</source>
        <translation>Par intervalle (une exécution)</translation>
    </message>
    <message>
        <source>Throughput (bit/s)</source>
        <translation>Débit (bit/s)</translation>
    </message>
    <message>
        <source>Transactions per second</source>
        <translation>Transactions par seconde</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source> — computing…</source>
        <translation> — calcul…</translation>
    </message>
    <message>
        <source>Warning: %1.</source>
        <translation>Avertissement : %1.</translation>
    </message>
    <message>
        <source>#%1 %2: %3
Click to %4.</source>
        <translation>#%1 %2 : %3
Cliquez pour %4.</translation>
    </message>
    <message>
        <source>include it again</source>
        <translation>la réintégrer</translation>
    </message>
    <message>
        <source>exclude it</source>
        <translation>l&apos;exclure</translation>
    </message>
    <message>
        <source>Baseline results document or session</source>
        <translation>Document de résultats ou session de référence</translation>
    </message>
    <message>
        <source>Results documents and sessions (*.json *.perfdeck);;All files (*)</source>
        <translation>Documents de résultats et sessions (*.json *.perfdeck);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 ± %2 %3</source>
        <translation>%1 ± %2 %3</translation>
    </message>
    <message>
        <source>Mean ± %1 CI:</source>
        <translation>Moyenne ± IC %1 :</translation>
    </message>
    <message>
        <source>Bootstrap %1 CI:</source>
        <translation>IC bootstrap %1 :</translation>
    </message>
    <message numerus="yes">
        <source>%1 over %n stream(s) (mean rate per stream)</source>
        <translation>
            <numerusform>%1 sur %n flux (débit moyen par flux)</numerusform>
            <numerusform>%1 sur %n flux (débit moyen par flux)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, mean of %n run(s)</source>
        <translation>
            <numerusform>, moyenne de %n exécution</numerusform>
            <numerusform>, moyenne de %n exécutions</numerusform>
        </translation>
    </message>
    <message>
        <source>No values to analyse.</source>
        <translation>Aucune valeur à analyser.</translation>
    </message>
    <message>
        <source>No values left: every value is excluded.</source>
        <translation>Plus aucune valeur : toutes sont exclues.</translation>
    </message>
    <message numerus="yes">
        <source> (%n excluded)</source>
        <translation>
            <numerusform> (%n exclue)</numerusform>
            <numerusform> (%n exclues)</numerusform>
        </translation>
    </message>
    <message>
        <source>t interval: %1 … %2</source>
        <translation>intervalle t : %1 … %2</translation>
    </message>
    <message>
        <source>%1 (no interval from one value)</source>
        <translation>%1 (pas d&apos;intervalle avec une seule valeur)</translation>
    </message>
    <message>
        <source>%1 … %2 (%3, %4 resamples)</source>
        <translation>%1 … %2 (%3, %4 rééchantillonnages)</translation>
    </message>
    <message>
        <source>BCa</source>
        <translation>BCa</translation>
    </message>
    <message>
        <source>percentile</source>
        <translation>percentile</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1: %2 = %3, p = %4 — %5</source>
        <translation>%1 : %2 = %3, p = %4 — %5</translation>
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
        <translation>semble normale</translation>
    </message>
    <message>
        <source>not normal</source>
        <translation>pas normale</translation>
    </message>
    <message>
        <source>p ≥ %1: no evidence against normality at %2 confidence</source>
        <translation>p ≥ %1 : aucun indice contre la normalité à %2 de confiance</translation>
    </message>
    <message>
        <source>p &lt; %1: the values are unlikely to come from a normal distribution; prefer the bootstrap interval and Mann-Whitney U</source>
        <translation>p &lt; %1 : les valeurs ne proviennent probablement pas d&apos;une loi normale ; préférez l&apos;intervalle bootstrap et le U de Mann-Whitney</translation>
    </message>
    <message>
        <source>needs at least 3 values</source>
        <translation>exige au moins 3 valeurs</translation>
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
        <translation>– (trop peu de valeurs pour en qualifier une d&apos;aberrante)</translation>
    </message>
    <message>
        <source>IQR</source>
        <translation>IQR</translation>
    </message>
    <message>
        <source>z-score</source>
        <translation>score z</translation>
    </message>
    <message>
        <source>MAD</source>
        <translation>MAD</translation>
    </message>
    <message>
        <source>IQR: beyond 1.5 IQR from the quartiles; z-score: |z| &gt; 3; MAD: modified z-score &gt; 3.5. #k is the position in the values chart.</source>
        <translation>IQR : au-delà de 1,5 IQR des quartiles ; score z : |z| &gt; 3 ; MAD : score z modifié &gt; 3,5. #k est la position dans le graphique des valeurs.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>Choose a baseline to compare with.</source>
        <translation>Choisissez une référence de comparaison.</translation>
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
        <translation>Aucune comparaison.</translation>
    </message>
    <message>
        <source>%1%2 % of the mean</source>
        <translation>%1%2 % de la moyenne</translation>
    </message>
    <message>
        <source>t = %1, df = %2, p = %3</source>
        <translation>t = %1, ddl = %2, p = %3</translation>
    </message>
    <message>
        <source>U = %1, p = %2 (%3)</source>
        <translation>U = %1, p = %2 (%3)</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exact</translation>
    </message>
    <message>
        <source>normal approximation</source>
        <translation>approximation normale</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>Amélioré</translation>
    </message>
    <message>
        <source>Regressed</source>
        <translation>Dégradé</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source> (significant at %1 confidence)</source>
        <translation> (significatif à %1 de confiance)</translation>
    </message>
    <message>
        <source> (no significant difference at %1 confidence)</source>
        <translation> (pas de différence significative à %1 de confiance)</translation>
    </message>
    <message>
        <source>Not comparable: %1. %2</source>
        <translation>Non comparable : %1. %2</translation>
    </message>
    <message>
        <source>#%1  %2  %3</source>
        <translation>#%1  %2  %3</translation>
    </message>
    <message>
        <source>  (outlier)</source>
        <translation>  (aberrante)</translation>
    </message>
    <message>
        <source>  (excluded)</source>
        <translation>  (exclue)</translation>
    </message>
    <message>
        <source>All values included.</source>
        <translation>Toutes les valeurs sont incluses.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) excluded.</source>
        <translation>
            <numerusform>%n valeur exclue.</numerusform>
            <numerusform>%n valeurs exclues.</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a point to exclude or include it.</source>
        <translation>Cliquez sur un point pour l&apos;exclure ou le réintégrer.</translation>
    </message>
</context>
<context>
    <name>Perfdeck::StatsdPusher</name>
    <message>
        <source>StatsD host %1: %2</source>
        <translation>Hôte StatsD %1 : %2</translation>
    </message>
    <message>
        <source>StatsD %1: %2</source>
        <translation>StatsD %1 : %2</translation>
    </message>
</context>
<context>
    <name>Perfdeck::ThroughputChart</name>
    <message>
        <source>Time (s)</source>
        <translation>Temps (s)</translation>
    </message>
    <message>
        <source>Throughput (Mbit/s)</source>
        <translation>Débit (Mbit/s)</translation>
    </message>
    <message>
        <source>%1 total</source>
        <translation>%1 total</translation>
    </message>
    <message>
        <source>%1 transactions/s</source>
        <translation>%1 transactions/s</translation>
    </message>
    <message>
        <source>%1 reverse</source>
        <translation>%1 retour</translation>
    </message>
    <message>
        <source>%1 reverse stream %2</source>
        <translation>%1 retour flux %2</translation>
    </message>
    <message>
        <source>%1 stream %2</source>
        <translation>%1 flux %2</translation>
    </message>
    <message>
        <source>billions/s</source>
        <translation>milliards/s</translation>
    </message>
    <message>
        <source>millions/s</source>
        <translation>millions/s</translation>
    </message>
    <message>
        <source>thousands/s</source>
        <translation>milliers/s</translation>
    </message>
    <message>
        <source>per s</source>
        <translation>par s</translation>
    </message>
    <message>
        <source>Transactions (%1)</source>
        <translation>Transactions (%1)</translation>
    </message>
    <message>
        <source>Throughput (%1)</source>
        <translation>Débit (%1)</translation>
    </message>
    <message>
        <source>Waiting for the first measurement…</source>
        <translation>En attente de la première mesure…</translation>
    </message>
    <message>
        <source>No run to show yet. Press Run to measure, or select runs in the results table to compare them.</source>
        <translation>Aucune exécution à afficher. Appuyez sur Exécuter pour mesurer, ou sélectionnez des exécutions dans le tableau des résultats pour les comparer.</translation>
    </message>
    <message>
        <source>Could not write the image %1.</source>
        <translation>Impossible d&apos;écrire l&apos;image %1.</translation>
    </message>
    <message>
        <source>Perfdeck throughput</source>
        <translation>Débit Perfdeck</translation>
    </message>
    <message>
        <source>Could not write the drawing %1.</source>
        <translation>Impossible d&apos;écrire le dessin %1.</translation>
    </message>
    <message>
        <source>%1 requested</source>
        <translation>%1 demandé</translation>
    </message>
</context>
<context>
    <name>Perfdeck::WebDashboardServer</name>
    <message>
        <source>--token-file %1: %2</source>
        <translation>--token-file %1 : %2</translation>
    </message>
    <message>
        <source>--token-file %1: the first line must hold a token of at least 16 characters</source>
        <translation>--token-file %1 : la première ligne doit contenir un jeton d&apos;au moins 16 caractères</translation>
    </message>
    <message>
        <source>TLS needs both --tls-cert and --tls-key</source>
        <translation>TLS exige à la fois --tls-cert et --tls-key</translation>
    </message>
    <message>
        <source>--tls-cert %1: no PEM certificate could be read</source>
        <translation>--tls-cert %1 : aucun certificat PEM n&apos;a pu être lu</translation>
    </message>
    <message>
        <source>--tls-key %1: %2</source>
        <translation>--tls-key %1 : %2</translation>
    </message>
    <message>
        <source>--tls-key %1: no unencrypted PEM private key could be read</source>
        <translation>--tls-key %1 : aucune clé privée PEM non chiffrée n&apos;a pu être lue</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>impossible d&apos;écouter sur %1 : %2</translation>
    </message>
    <message>
        <source>Host &apos;%1&apos; is not this server&apos;s address</source>
        <translation>l&apos;hôte &apos;%1&apos; n&apos;est pas l&apos;adresse de ce serveur</translation>
    </message>
    <message>
        <source>only GET here</source>
        <translation>seulement GET ici</translation>
    </message>
    <message>
        <source>this needs the bearer token printed when the server started</source>
        <translation>il faut le jeton bearer affiché au démarrage du serveur</translation>
    </message>
    <message>
        <source>reading needs the bearer token when the server is not on loopback</source>
        <translation>la lecture exige le jeton bearer quand le serveur n&apos;est pas sur loopback</translation>
    </message>
    <message>
        <source>requests from another origin are refused</source>
        <translation>les requêtes d&apos;une autre origine sont refusées</translation>
    </message>
    <message>
        <source>GET or POST</source>
        <translation>GET ou POST</translation>
    </message>
    <message>
        <source>GET or DELETE</source>
        <translation>GET ou DELETE</translation>
    </message>
    <message>
        <source>no such API: %1</source>
        <translation>API inexistante : %1</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <source>not found: %1</source>
        <translation>introuvable : %1</translation>
    </message>
    <message>
        <source>resource %1 missing from the build</source>
        <translation>ressource %1 absente de la compilation</translation>
    </message>
    <message>
        <source>target &apos;%1&apos; is not allowed: the embedded loopback server (no &quot;host&quot;) or an inventory host</source>
        <translation>la cible &apos;%1&apos; n&apos;est pas autorisée : le serveur loopback intégré (pas de &quot;host&quot;) ou un hôte de l&apos;inventaire</translation>
    </message>
    <message>
        <source>the body must be a JSON object (a test spec as in a session file): %1</source>
        <translation>le corps doit être un objet JSON (une spécification de test comme dans un fichier de session) : %1</translation>
    </message>
    <message>
        <source>%1 runs started from the web are still going; stop one first</source>
        <translation>%1 exécutions lancées depuis le web sont encore en cours ; arrêtez-en une d&apos;abord</translation>
    </message>
    <message>
        <source>run requested from %1</source>
        <translation>exécution demandée depuis %1</translation>
    </message>
    <message>
        <source>no run %1</source>
        <translation>pas d&apos;exécution %1</translation>
    </message>
    <message>
        <source>run %1 has already ended (%2)</source>
        <translation>l&apos;exécution %1 est déjà terminée (%2)</translation>
    </message>
    <message>
        <source>run %1 cannot be stopped now</source>
        <translation>l&apos;exécution %1 ne peut pas être arrêtée maintenant</translation>
    </message>
    <message>
        <source>client or server host &apos;%1&apos;: this dashboard has no inventory (serve with --hosts FILE, or add hosts in the GUI&apos;s Hosts dock)</source>
        <translation>hôte client ou serveur « %1 » : ce tableau de bord n&apos;a pas d&apos;inventaire (lancez serve avec --hosts FICHIER, ou ajoutez des hôtes dans le panneau Hôtes de l&apos;interface)</translation>
    </message>
    <message>
        <source>client or server host: %1</source>
        <translation>hôte client ou serveur : %1</translation>
    </message>
</context>
<context>
    <name>Perfdeck::WelcomeTour</name>
    <message>
        <source>Run a test</source>
        <translation>Lancer un test</translation>
    </message>
    <message>
        <source>Choose the engine (iperf3 or netperf), the target and the options here, then press Run. With the local server ticked, Perfdeck starts its own server on 127.0.0.1: a first test needs no other machine.</source>
        <translation>Choisissez ici le moteur (iperf3 ou netperf), la cible et les options, puis appuyez sur Exécuter. Avec le serveur local coché, Perfdeck lance son propre serveur sur 127.0.0.1 : un premier test ne demande aucune autre machine.</translation>
    </message>
    <message>
        <source>Watch it live</source>
        <translation>Suivre en direct</translation>
    </message>
    <message>
        <source>Every running test draws its throughput here as it goes. Finished runs are listed in the results table; select some to compare them here and in Statistics.</source>
        <translation>Chaque test en cours trace ici son débit au fil de l&apos;eau. Les exécutions terminées sont listées dans le tableau des résultats ; sélectionnez-en pour les comparer ici et dans Statistiques.</translation>
    </message>
    <message>
        <source>Your hosts</source>
        <translation>Vos hôtes</translation>
    </message>
    <message>
        <source>Keep the machines you test here. Add them one by one, or import them from your ~/.ssh/config or an Ansible inventory (Import ssh config…, Import Ansible…). Check tells whether each answers over SSH and has iperf3 and netperf.</source>
        <translation>Gardez ici les machines que vous testez. Ajoutez-les une à une, ou importez-les depuis votre ~/.ssh/config ou un inventaire Ansible (Importer la config ssh…, Importer Ansible…). Vérifier indique si chacune répond par SSH et dispose d&apos;iperf3 et de netperf.</translation>
    </message>
    <message>
        <source>Plan a matrix</source>
        <translation>Planifier une matrice</translation>
    </message>
    <message>
        <source>Pick clients, servers and profiles: each cell of the grid is one test, run under the limits you set. Results go to the results table, Statistics and History. Help &gt; Welcome Tour shows this tour again.</source>
        <translation>Choisissez clients, serveurs et profils : chaque cellule de la grille est un test, exécuté dans les limites que vous fixez. Les résultats vont dans le tableau des résultats, Statistiques et Historique. Aide &gt; Visite guidée remontre cette visite.</translation>
    </message>
    <message>
        <source>Run a Loopback Test</source>
        <translation>Lancer un test loopback</translation>
    </message>
    <message>
        <source>Runs the run panel&apos;s test now and moves on to the chart</source>
        <translation>Exécute maintenant le test du panneau d&apos;exécution et passe au graphique</translation>
    </message>
    <message>
        <source>Skip Tour</source>
        <translation>Passer la visite</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
</context>
<context>
    <name>RunPanel</name>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Clie&amp;nt:</source>
        <translation>&amp;Client :</translation>
    </message>
    <message>
        <source>The host that runs the client (iperf3 -c, netperf): this machine, or an inventory host reached over SSH (Hosts dock).</source>
        <translation>L&apos;hôte qui exécute le client (iperf3 -c, netperf) : cette machine, ou un hôte de l&apos;inventaire joint par SSH (dock Hôtes).</translation>
    </message>
    <message>
        <source>Perfdeck starts its own iperf3 server on 127.0.0.1 on a free port: works on any machine with iperf3 installed.</source>
        <translation>Perfdeck démarre son propre serveur iperf3 sur 127.0.0.1 sur un port libre : fonctionne sur toute machine où iperf3 est installé.</translation>
    </message>
    <message>
        <source>Local iperf3 server (127.0.0.1)</source>
        <translation>Serveur iperf3 local (127.0.0.1)</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;veur :</translation>
    </message>
    <message>
        <source>The host on which Perfdeck starts the server (iperf3 -s, netserver): this machine, or an inventory host reached over SSH (Hosts dock).</source>
        <translation>L&apos;hôte sur lequel Perfdeck démarre le serveur (iperf3 -s, netserver) : cette machine, ou un hôte de l&apos;inventaire joint par SSH (dock Hôtes).</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>server name or address</source>
        <translation>nom ou adresse du serveur</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>&amp;Engine:</source>
        <translation>&amp;Moteur :</translation>
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
        <translation>En direct d&apos;après le texte du client</translation>
    </message>
    <message>
        <source>For a server Perfdeck did not start, with iperf3 older than 3.17 (which cannot stream JSON): show samples while the test runs, from iperf3&apos;s text output. Final figures are then rounded to the 3 digits iperf3 prints.</source>
        <translation>Pour un serveur non démarré par Perfdeck, avec un iperf3 antérieur à 3.17 (qui ne sait pas diffuser du JSON) : afficher des mesures pendant le test d&apos;après la sortie texte d&apos;iperf3. Les valeurs finales sont alors arrondies aux 3 chiffres qu&apos;affiche iperf3.</translation>
    </message>
    <message>
        <source>netperf &amp;test:</source>
        <translation>&amp;Test netperf :</translation>
    </message>
    <message>
        <source>netperf only. Automatic: TCP_STREAM, TCP_MAERTS (receive) or UDP_STREAM from the protocol and direction. RR tests measure transactions per second and latency percentiles.</source>
        <translation>netperf uniquement. Automatique : TCP_STREAM, TCP_MAERTS (réception) ou UDP_STREAM selon le protocole et le sens. Les tests RR mesurent les transactions par seconde et les percentiles de latence.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>P&amp;rotocol:</source>
        <translation>Pr&amp;otocole :</translation>
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
        <translation>&amp;Sens :</translation>
    </message>
    <message>
        <source>Send (client to server)</source>
        <translation>Envoi (client → serveur)</translation>
    </message>
    <message>
        <source>Receive (server to client, -R)</source>
        <translation>Réception (serveur → client)</translation>
    </message>
    <message>
        <source>Bidirectional (--bidir)</source>
        <translation>Bidirectionnel (--bidir)</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;urée :</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Streams:</source>
        <translation>&amp;Flux :</translation>
    </message>
    <message>
        <source>Parallel streams (iperf3 -P)</source>
        <translation>Flux parallèles (iperf3 -P)</translation>
    </message>
    <message>
        <source>&amp;Bitrate:</source>
        <translation>Dé&amp;bit :</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>illimité</translation>
    </message>
    <message>
        <source>DS&amp;CP:</source>
        <translation>&amp;DSCP :</translation>
    </message>
    <message>
        <source>DSCP marking: a class name (EF, AF41, CS1) or a number 0-63. Empty: no marking.</source>
        <translation>Marquage DSCP : un nom de classe (EF, AF41, CS1) ou un nombre 0-63. Vide : aucun marquage.</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>&amp;Intervalle :</translation>
    </message>
    <message>
        <source>Reporting interval (iperf3 -i)</source>
        <translation>Intervalle de rapport (iperf3 -i)</translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation>&amp;Répétitions :</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>&amp;Omit first:</source>
        <translation>Om&amp;ettre :</translation>
    </message>
    <message>
        <source>Seconds at the start left out of the results, to skip TCP slow start (iperf3 -O). iperf3 only.</source>
        <translation>Secondes du début exclues des résultats, pour sauter le slow start TCP (iperf3 -O). iperf3 uniquement.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Longueur :</translation>
    </message>
    <message>
        <source>Buffer (TCP) or datagram (UDP) size, for example 128K or 1460 (iperf3 -l, netperf -m).</source>
        <translation>Taille du tampon (TCP) ou du datagramme (UDP), par exemple 128K ou 1460 (iperf3 -l, netperf -m).</translation>
    </message>
    <message>
        <source>tool default</source>
        <translation>défaut de l&apos;outil</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>Fe&amp;nêtre :</translation>
    </message>
    <message>
        <source>Socket buffer size, for example 4M (iperf3 -w, netperf -s/-S).</source>
        <translation>Taille du tampon de socket, par exemple 4M (iperf3 -w, netperf -s/-S).</translation>
    </message>
    <message>
        <source>system default</source>
        <translation>défaut du système</translation>
    </message>
    <message>
        <source>&amp;Congestion:</source>
        <translation>Con&amp;gestion :</translation>
    </message>
    <message>
        <source>TCP congestion control algorithm, for example cubic or bbr (iperf3 -C, netperf -K).</source>
        <translation>Algorithme de contrôle de congestion TCP, par exemple cubic ou bbr (iperf3 -C, netperf -K).</translation>
    </message>
    <message>
        <source>Con&amp;fidence:</source>
        <translation>Confi&amp;ance :</translation>
    </message>
    <message>
        <source>netperf repeats the test until the result lies within the interval at this confidence level (-I LEVEL,WIDTH -i MAX,3). netperf only.</source>
        <translation>netperf répète le test jusqu&apos;à ce que le résultat tienne dans l&apos;intervalle à ce niveau de confiance (-I LEVEL,WIDTH -i MAX,3). netperf uniquement.</translation>
    </message>
    <message>
        <source>Width of the confidence interval, in percent of the result.</source>
        <translation>Largeur de l&apos;intervalle de confiance, en pourcentage du résultat.</translation>
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
        <translation>It&amp;érations :</translation>
    </message>
    <message>
        <source>At most this many iterations (netperf -i MAX,3).</source>
        <translation>Au plus autant d&apos;itérations (netperf -i MAX,3).</translation>
    </message>
    <message>
        <source> max</source>
        <translation> max.</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;xécuter</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Arr&amp;êter</translation>
    </message>
    <message>
        <source>Target bitrate (iperf3 -b), for example 100M or 1.5G, or a traffic pattern the rate follows: ramp:10M..100M/10s, onoff:50M,1s,2s, sine:50M,20M,4s, steps:10M/2s,40M/2s. Empty: unlimited for TCP, 1 Mbit/s for UDP.</source>
        <translation>Débit cible (iperf3 -b), par exemple 100M ou 1.5G, ou un motif de trafic que le débit suit : ramp:10M..100M/10s, onoff:50M,1s,2s, sine:50M,20M,4s, steps:10M/2s,40M/2s. Vide : illimité pour TCP, 1 Mbit/s pour UDP.</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>Contr&amp;ôler</translation>
    </message>
    <message>
        <source>Check whether the marking arrives: a perfdeck-probe flow of the same class runs beside the test (the probe of the qos command) and the DSCP column says what the server end received: kept, remarked or bleached.</source>
        <translation>Vérifier si le marquage arrive : un flux perfdeck-probe de la même classe s&apos;exécute à côté du test (la sonde de la commande qos) et la colonne DSCP indique ce que le serveur a reçu : conservé, remarqué ou blanchi.</translation>
    </message>
    <message>
        <source>Retr&amp;y up to:</source>
        <translation>Re&amp;jouer :</translation>
    </message>
    <message>
        <source>Start a test again up to this many times, 1 s apart, when it failed before measuring anything for a passing reason (connection refused, server busy, port taken, a lost UDP set-up datagram), as perfdeck-cli run --retries does. Test plans always retry twice.</source>
        <translation>Relancer un test jusqu’à ce nombre de fois, à 1 s d’intervalle, quand il a échoué avant de mesurer quoi que ce soit pour une raison passagère (connexion refusée, serveur occupé, port pris, datagramme de mise en place UDP perdu), comme perfdeck-cli run --retries. Les plans de test réessaient toujours deux fois.</translation>
    </message>
</context>
<context>
    <name>StatisticsPanel</name>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>&amp;Values:</source>
        <translation>&amp;Valeurs :</translation>
    </message>
    <message>
        <source>One value per selected run, or one value per interval of a single run</source>
        <translation>Une valeur par exécution sélectionnée, ou une valeur par intervalle d&apos;une seule exécution</translation>
    </message>
    <message>
        <source>C&amp;onfidence:</source>
        <translation>&amp;Confiance :</translation>
    </message>
    <message>
        <source>Confidence level of the intervals, the normality verdict and the baseline verdict</source>
        <translation>Niveau de confiance des intervalles, du verdict de normalité et du verdict de référence</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Métrique :</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Référence :</translation>
    </message>
    <message>
        <source>The runs the selection is compared with (Welch t-test and Mann-Whitney U)</source>
        <translation>Les exécutions auxquelles la sélection est comparée (test t de Welch et U de Mann-Whitney)</translation>
    </message>
    <message>
        <source>From &amp;file…</source>
        <translation>&amp;Fichier…</translation>
    </message>
    <message>
        <source>Use the runs of a results document (perfdeck.results/1) as the baseline</source>
        <translation>Utiliser les exécutions d&apos;un document de résultats (perfdeck.results/1) comme référence</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Values (n):</source>
        <translation>Valeurs (n) :</translation>
    </message>
    <message>
        <source>Mean ± CI:</source>
        <translation>Moyenne ± IC :</translation>
    </message>
    <message>
        <source>Bootstrap CI:</source>
        <translation>IC bootstrap :</translation>
    </message>
    <message>
        <source>Median:</source>
        <translation>Médiane :</translation>
    </message>
    <message>
        <source>Std. deviation:</source>
        <translation>Écart type :</translation>
    </message>
    <message>
        <source>CoV:</source>
        <translation>CV :</translation>
    </message>
    <message>
        <source>Min / max:</source>
        <translation>Min / max :</translation>
    </message>
    <message>
        <source>Normality:</source>
        <translation>Normalité :</translation>
    </message>
    <message>
        <source>Outliers:</source>
        <translation>Aberrantes :</translation>
    </message>
    <message>
        <source>Jain fairness:</source>
        <translation>Équité de Jain :</translation>
    </message>
    <message>
        <source>Against baseline</source>
        <translation>Par rapport à la référence</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Verdict :</translation>
    </message>
    <message>
        <source>Baseline mean:</source>
        <translation>Moyenne de réf. :</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>Variation :</translation>
    </message>
    <message>
        <source>Welch t-test:</source>
        <translation>Test t de Welch :</translation>
    </message>
    <message>
        <source>Mann-Whitney U:</source>
        <translation>U de Mann-Whitney :</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>Exclude IQR outliers</source>
        <translation>Exclure les aberrantes IQR</translation>
    </message>
    <message>
        <source>Exclude every value outside Tukey&apos;s fences (1.5 IQR beyond the quartiles)</source>
        <translation>Exclure toute valeur hors des barrières de Tukey (1,5 IQR au-delà des quartiles)</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>Ré&amp;initialiser</translation>
    </message>
    <message>
        <source>Include every value again</source>
        <translation>Réintégrer toutes les valeurs</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Uncheck a value to leave it out of the analysis</source>
        <translation>Décochez une valeur pour l&apos;exclure de l&apos;analyse</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Network performance workbench for iperf3 and netperf</source>
        <translation>Atelier de performance réseau pour iperf3 et netperf</translation>
    </message>
    <message>
        <source>A session to open, or results to import (iperf3 JSON, netperf output, flent files).</source>
        <translation>Une session à ouvrir, ou des résultats à importer (JSON iperf3, sortie netperf, fichiers flent).</translation>
    </message>
</context>
</TS>
