<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>MainWindow</name>
    <message>
        <source>Perfdeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Session &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Recent Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Selected Runs as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the intervals of the selected runs (all runs if none is selected) to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Selected Runs as &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the selected runs (all runs if none is selected) as a perfdeck.results/1 document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart as S&amp;VG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the test set up in the run panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the running test; no iperf3 process is left behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;e-run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the selected run&apos;s test again (the last run&apos;s if none is selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Selected Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Per-&amp;Stream Curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw each stream besides the total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Perfdeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add runs from iperf3 JSON (also --json-stream), netperf output or flent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run every test of a shipped or user profile as one batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Perfdeck</name>
    <message>
        <source>Add host %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete host %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit host %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Perfdeck results document (&quot;format&quot; is &apos;%1&apos;, expected &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host &apos;%1&apos; must not start with &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reverse totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stream(s) with an impossible socket number (shown as -1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more impossible values were set to null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: retransmits %2 is impossible (a negative count printed unsigned, esnet/iperf#725); set to null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a stream&apos;s lost_packets %2 is impossible; set to null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iperf3&apos;s --omit bug, esnet/iperf#412 and #914</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP packet counters wrap after 2^32 datagrams unless --udp-counters-64bit is used, esnet/iperf#1892</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: lost %2/%3 (%4 %) is impossible (%5); loss set to null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrecognised version output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iperf3 was not found in PATH; install it (Debian: apt-get install iperf3) or set PERFDECK_IPERF3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2 is impossible (ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an iperf3 JSON document (the top level is not an object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an iperf3 JSON document (no &quot;start&quot; object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an iperf3 JSON document (no &quot;intervals&quot;, &quot;end&quot; or &quot;error&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol %1 recorded as tcp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no end totals in the document: summary computed from %1 intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server side of a -R test: the receiver&apos;s totals are not in this document (sent_bps is the sender&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iperf3 reported no results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the test did not finish (no end totals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unexpected end of data (the file looks truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is truncated at %1; %2 complete intervals kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty file (iperf3 printed nothing: was it killed before the end?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iperf3 printed its JSON document twice (a bug of 3.16 and 3.17, esnet/iperf#1688 and #1716); the second copy was ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second JSON document follows the first one at %1; only the first was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iperf3 printed text after its JSON (esnet/iperf#1143, #1631): &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iperf3 wrote %1 value(s) as nan or inf, which is not JSON (esnet/iperf#613, #826); they are null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netperf runs one stream per test process (got %1 streams); run the test through JobRunner, which starts one netperf per stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>install it (Debian: apt-get install netperf from the non-free component, or packaging/install-deps.sh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netperf was not found in PATH; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or set PERFDECK_NETPERF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no netserver listening on %1:%2 (start one with `netserver -p %2`, or run without a target for the embedded default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confidence: the result is within +/-%1 % at %2 % confidence after %3 iterations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not the +/-%1 % asked for: run longer or allow more iterations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 interim result(s) were nan or infinite: left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netperf printed %1=%2, which is not a measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netperf printed THROUGHPUT=%1 in units &apos;%2&apos;, which give no finite bit rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netperf printed %1=%2 (not a finite number): stored as null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netperf printed no final result (the test was cut short)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no netperf result found (expected netperf&apos;s test banner and its result table, -k or -o output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netperf&apos;s banner but no result: the test did not finish (was netperf killed?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the peer&apos;s address is not known: no test interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no route to %1 found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reports no link speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host&apos;s answer had no kernel version (not Linux?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment of %1 not collected: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iperf3 is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot keep the raw output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable iperf3 output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the iperf3 client %1 without a result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>followed from iperf3&apos;s text output: figures are rounded to the 3 significant digits iperf3 prints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the iperf3 client ended without its summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iperf3 could not be probed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netperf could not be probed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown host &apos;%1&apos; (known hosts: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled by the user before the test started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no free port on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out after %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netperf is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netserver was not found beside %1 nor in PATH; install netperf (packaging/install-deps.sh), set PERFDECK_NETSERVER, or give a --target running netserver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the netperf client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the netperf client %1 without a result%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (exit code %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netperf exited with code %1 after printing its result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the start barrier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 on %2:%3 did not start listening within %4 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port request was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no free port on %1 for the %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port %1 is taken, trying another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 could not start on %2:%3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 on %2 ended during the test: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 ended during the test: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client on %1 ended: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no response from the %1 at %2:%3 within %4 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: the test never started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port accepts connections but no %1 answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing listens on that port now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting to it fails: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting to it hangs (are packets dropped on the way?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section header &apos;%1&apos; is not [group], [group:vars] or [group:children]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section type &apos;:%1&apos; is unknown (use :vars or :children); section skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1:vars] expects key=value, got &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host variable &apos;%1&apos; is not key=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group &apos;%1&apos; must be a map with hosts, vars and children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.hosts must be a map of host names (each followed by &apos;:&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.children must be a map of groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; in group &apos;%2&apos; is not hosts, vars or children; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Ansible YAML inventory is a map of groups (usually starting with &apos;all:&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vault-encrypted variables skipped (decrypt with ansible-vault to import them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variables file skipped: YAML syntax error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host range in &apos;%1&apos; has no closing &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host range &apos;%1&apos; must be [start:end] or [start:end:step]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host range step &apos;%1&apos; must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host range [%1:%2] is empty or too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host range [%1:%2] must be numbers ([01:20]) or single letters ([a:f])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the Ansible inventory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is a Jinja2 expression (%3) that Perfdeck does not evaluate; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses ansible_connection=local: it is this machine, which Perfdeck calls &apos;local&apos;; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host &apos;local&apos; skipped: in Perfdeck &apos;local&apos; is always this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ansible_port &apos;%2&apos; is not a port number; 22 used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the password is not imported (Perfdeck asks for it and can keep it in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jump host from ansible_ssh_common_args</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jump host &apos;%1&apos; added from the ssh arguments of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jump hosts of %1 loop back to it; its jump host &apos;%2&apos; was dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this machine (no SSH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a host needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host name &apos;%1&apos; must not start with &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host name &apos;%1&apos; must not contain white space or commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reached through %1; TCP checked to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (&apos;perfdeck-cli hosts check --accept-new-host-keys&apos; accepts and saves it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round-trip command failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tool check did not finish within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sudo needs a password there, and Perfdeck runs sudo -n only (it never asks for or stores one). Allow passwordless sudo for the package manager, or run as root: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the host&apos;s answer was cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no apt-get, dnf or zypper found; install %2 by hand or copy a static binary (--copy LOCAL --to REMOTE_PATH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not logged in as root and sudo is not installed; as root run: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this machine is not deployed to over SSH; install the tools with its package manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still not found on %2 after the install%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the inventory names %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not make the folder %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copied to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host&apos;s answer was cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iperf3 not found on the host&apos;s PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netserver not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no iperf3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no netserver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disk nearly full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown host &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (did you mean &apos;%1&apos;?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; known hosts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate host name &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;local&apos; is this machine without SSH: it takes no address, user, identity_file or jump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host &apos;%1&apos; has no address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host &apos;%1&apos;: port %2 is not 1-65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host &apos;%1&apos; names itself as its jump host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host &apos;%1&apos;: &apos;local&apos; cannot be a jump host (it is this machine; leave jump empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host &apos;%1&apos;: jump host: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jump hosts form a cycle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a single value, not a %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roles: unknown role &apos;%1&apos; (use client, server or both)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roles must name client, server or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location must be a map {lat: 48.2, lon: 16.4}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location needs both lat and lon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location.%1 must be a number from -%2 to %2 (got &apos;%3&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a host must be a map of field: value (name, address, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: passwords are never stored in an inventory; write &apos;auth: password&apos; and Perfdeck asks (and can keep it in the system keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are the same field (%2 is an alias of %1): keep one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port must be a number from 1 to 65535 (got &apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auth must be agent, key or password (got &apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;local&apos; is this machine, reached without SSH: remove %1 (or give the host another name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host &apos;%1&apos; needs an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inventory is empty (it needs &apos;format: %1&apos; and &apos;hosts:&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an inventory is a map with &apos;format: %1&apos; and &apos;hosts:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing &apos;format: %1&apos; (is this a Perfdeck inventory?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format &apos;%1&apos; is not supported by this Perfdeck (it reads %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format must be &apos;%1&apos; (got &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing &apos;hosts:&apos; (a list of hosts, each starting with &apos;- name:&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hosts must be a list of hosts (each starting with &apos;- name:&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate host name &apos;%1&apos; (first at line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jump: host &apos;%1&apos; cannot be its own jump host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jump: &apos;local&apos; is this machine; leave jump out to connect directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jump: the jump hosts form a cycle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the inventory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the ssh configuration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include loop: %1 is already being read; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a &apos;Keyword value&apos; line; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unbalanced quote; line skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host without a pattern; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;Match %1&apos; block skipped: Perfdeck imports Host blocks only; copy what it sets into a Host block to import it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include nested too deeply; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include %1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host &apos;local&apos; skipped: in Perfdeck &apos;local&apos; is always this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: token %2 kept as written (Perfdeck expands %h, %r, %u, %d, %p, %n, %l and %%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port &apos;%1&apos; is not a port number; %2 uses 22</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ProxyCommand for %1 not imported (Perfdeck goes through jump hosts only: use ProxyJump)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ProxyJump hop &apos;%1&apos; not understood; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jump host from ProxyJump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jump host &apos;%1&apos; added from ProxyJump %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reached through %2 (ProxyJump %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jump host &apos;%1&apos; added for the chain %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ProxyJump of %1 loops back to it; its jump host &apos;%2&apos; was dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial: figures cover the %1 s measured before the run ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 from its intervals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run does not say which server it measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its server &quot;%1&quot; is not a host[:port]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 on %3 used %4 % of a core: the result may be the host&apos;s limit, not the network&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown engine &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown protocol &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown direction &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netperf has no bidirectional mode; use iperf3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown netperf test &apos;%1&apos; (use one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netperf test %1 is a TCP test but UDP was asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netperf test %1 has no reverse direction (TCP_MAERTS is the reverse of TCP_STREAM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netperf cannot limit the bitrate (its -w/-b pacing needs a build with --enable-intervals); use the iperf3 engine for --bitrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netperf cannot omit the first seconds of a test; use --omit with iperf3 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request/response sizes apply to the TCP_RR, TCP_CRR and UDP_RR tests only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request/response size must be between 1 and %1 bytes (got %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confidence level must be 95 or 99 (or 0 for off), got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confidence interval width must be between 0.1 and 50 % (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confidence iterations need 1 &lt;= min &lt;= max &lt;= 30 (got min %1, max %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration must be between 0 and 86400 seconds (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the probe engine is not a test engine: use `perfdeck-cli qos` for probe traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parallel streams must be between 1 and 128 (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interval must be between 0.1 and 60 seconds (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>omit must be between 0 and 600 seconds (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port must be between 1 and 65535 (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instances must be between 1 and 128 (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netperf streams run as instances: instances x parallel must be at most 128 (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>affinity &apos;%1&apos; is not &apos;auto&apos; or a CPU list such as 0,2-3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeat must be between 1 and 10000 (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bitrate must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bitrate %1 bit/s is above the largest rate Perfdeck passes on (%2 bit/s, i.e. 1000T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>burst must be between 1 and 1000000 packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown DSCP &apos;%1&apos; (use 0-63 or a name such as EF, AF41, CS1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buffer length must be between 1 byte and 1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window must be between 1 byte and 1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>congestion algorithm &apos;%1&apos; must not start with &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>congestion algorithm &apos;%1&apos; is not a valid name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host &apos;%1&apos; must not start with &apos;-&apos; (it would be read as an option)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server is either started by Perfdeck on host &apos;%1&apos; or already running at &apos;%2&apos;, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a whole number from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host %1: no connection for resource sampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host %1: resource sampling ended: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;@snapshot UPTIME&quot; line in the sampler&apos;s output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>streams: %1 is not a whole number from 1 to 128</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direction: unknown direction &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turned off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client and server are the same host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan has no client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan has no server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan has no test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a map of field: value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a profile is a map with name, description, extends, variables, defaults and tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extends: no profile &apos;%1&apos; (looked next to this file and in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extends: inheritance cycle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>concurrent must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variables must be a map of NAME: value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variable name &apos;%1&apos; must be letters, digits and _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variable %1 must be a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tests must be a list of tests (each line starting with &apos;- &apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate test name &apos;%1&apos; (first at line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variables refer to each other in a loop (through %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undefined variable &apos;%1&apos; (define it under variables:, write ${%1:-default} or pass --set %1=VALUE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>${%1} makes the value longer than %2 characters (nested variables multiply their length); no field needs that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number (got &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number (got &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be true or false (got &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a size such as 128K, 4M or 1460 (got &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engine must be iperf3 or netperf (got &apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol must be tcp or udp (got &apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direction must be send, receive (or reverse) or bidir (got &apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bitrate must be a rate such as 100M, 1.5G or 500k (got &apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>affinity must be &apos;auto&apos; or a CPU list such as 0,2-3 (got &apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be at most 64M (got &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile has no tests (add a &apos;tests:&apos; list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a DSCP class (EF, AF11..AF43, CS0..CS7, VA, LE or 0-63)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the same code point as &apos;%2&apos; (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no classes given (e.g. EF,AF41,CS0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most 64 classes at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more lines skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a line of perfdeck-probe&apos;s output (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;listening&quot; without a valid port: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; without class, start_s or end_s: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than 64 classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown line type &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bleached to %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remarked to %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not shaped (confidence %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shaped (%1): %2 sustained, burst %3 over %4 s, confidence %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run failed without intervals: nothing to analyse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UDP sender reports the rate it sent at, whatever the path did with it: run with --reverse (-R) so the receiver&apos;s series is analysed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few intervals (%1 usable of %2; at least %3 needed): run for 5 s or longer with -i 0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few intervals in the second half of the run (%1; at least 5 needed): the intervals leave gaps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No traffic in the second half of the run: nothing to tell a sustained rate from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Measured at the sender without a received total: the burst also holds what the sender&apos;s socket buffered (an upper bound); a --reverse run measures it at the receiver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Measured at the sender: the %1 its socket still held at the end (sent minus received) was taken off the burst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Stalled intervals left out (the measuring process was not scheduled for a while: a loaded machine): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No initial burst above the sustained %1 (burst/noise %2, %3 needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start is only %1 faster than the sustained %2 (the rate itself varies by %3): no burst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate still falls in the second half of the run: no sustained rate to measure a burst against (run longer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate fell from %1 to %2, but the second half is not held the way a token bucket holds it (its bytes wander %3 ms of traffic off the sustained rate; a bucket&apos;s stay within %4 ms), with neither drops nor a rising RTT: the path slowed down (CPU, cross traffic), no rate limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> A token bucket smaller than about %1 cannot be told from a plain bottleneck in this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The rate is held steady (within %1 ms of traffic): a bottleneck, or a rate limit without a visible bucket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the datagrams lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the packets retransmitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no drop counts; the rate varies by %1 between intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no drop counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, the second half within %1 ms of traffic of a steady rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, RTT %1 -&gt; %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token bucket: %1 above the sustained %2 in the first %3 s (peak %4, burst/noise %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> A policer: it drops what exceeds the rate (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> A shaper: it queues what exceeds the rate (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no run &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run%1 measured no intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over time: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over time, %2 runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no run has a value for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per run (%2 runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline of group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no group %1 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution of %1 per run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no run has latency percentiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency percentiles (µs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no run belongs to a test plan cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no test &apos;%1&apos; in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward/reverse asymmetry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> by client and server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too small to draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.5 (reverse faster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 (forward faster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low to high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not start painting the pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: the baseline has no runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made-up runs to check templates against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown Python error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the template engine (is python3-jinja2 installed?): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the template engine: no render()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template did not finish within %1 s and was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template file &apos;%1&apos; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no template &apos;%1&apos; (not a file, and not in %2; templates: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not gzip data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot initialise zlib</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decompresses to more than %1 MiB, more than any flent file holds (a 1-hour rrul test is about 45 MB); not read further</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gzip data ends early, after %1 bytes decompressed (the file looks truncated: was flent interrupted, or the copy incomplete?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt gzip data (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read as a flent .flent.gz file: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gzip content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a flent data file: %1 is not JSON (offset %2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a flent data file: %1 is JSON without flent&apos;s &quot;metadata&quot;, &quot;x_values&quot; and &quot;results&quot; (its keys: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none, not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flent data format version %1 is newer than version %2, which Perfdeck reads (written by a newer flent than 2.x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flent data format version %1 is older than version %2, which Perfdeck reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flent results series &apos;%1&apos; is not a list of values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flent test &apos;%1&apos; has no throughput series (series: %2); Perfdeck imports flent&apos;s throughput tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>series %1 have no units in the file; assumed Mbits/s (flent&apos;s unit for throughput)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flent test &apos;%1&apos; (flent %2), series &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>series &apos;%1&apos; has %2 values for %3 time points; the extra ones were ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flent recorded no data for series &apos;%1&apos; (its netperf failed; see FAILED_RUNNERS in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flent recorded no data for series &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2 Mbit/s but its %3 flows sum to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flent test &apos;%1&apos; (flent %2): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 flows imported as group &apos;%2&apos; (%3 upload, %4 download, %5 latency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported as a netperf run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; each flow&apos;s latency is &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; totals from the flows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (as flent&apos;s own sums)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; flent&apos;s computed series %1 not imported as runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; series neither throughput nor latency, not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flent&apos;s sums disagree with its flows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected history:CLIENT..SERVER[:LAST_N], e.g. history:local..local:20 (IPv6 addresses in brackets: history:[::1]..[::1])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: LAST_N &apos;%2&apos; must be a whole number of at least 2 runs; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is a folder, not a history database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the Qt SQLite driver (QSQLITE) is not available; install libqt6sql6-sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a usable history database (%2), and it could not be renamed aside; move it away or choose another file with --history-db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a usable history database (%2); kept it as %3 and started a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the old runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot migrate run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: history migrated from schema 0 to %2 (%n run(s))</source>
        <translation>
            <numerusform>%1: history migrated from schema 0 to %2 (%n run)</numerusform>
            <numerusform>%1: history migrated from schema 0 to %2 (%n runs)</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: written by a newer Perfdeck (history schema %2; this one knows up to %3); use that version or another file with --history-db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: history migrated from schema %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the history database is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot list runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no run with id %2 in the history (see &apos;perfdeck-cli history list&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: run %2: its stored document is damaged (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot count runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot list pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; imported the %1 complete intervals as a partial run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 complete intervals could be kept with --salvage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;start&quot; event: not a complete iperf3 --json-stream output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line(s) were not JSON events and were skipped (the first is line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stream stops before its &quot;end&quot; event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than the %2 read as %3 (%4); not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrecognised content: not an iperf3 JSON document (produce one with iperf3 -J or --json-stream), netperf output (its banner and result, -k or -o) nor a flent .flent.gz data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty file (nothing to import: was the tool killed before it printed?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a 5-minute rrul file is about 0.3 MB compressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a 10-minute -P 8 run is about 8 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a 24-hour run with 1 s interim results is about 15 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a results document (top level is not an object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>results format &apos;%1&apos; is newer than this Perfdeck understands (%2); please upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;runs&quot; is missing or not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs[%1] is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mixes unlike runs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no baseline run has a value for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (the file is damaged or not a session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Perfdeck session (&quot;format&quot; should be &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session was written by a newer Perfdeck (session version %1; this version reads up to %2): please upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session has no valid &quot;version&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transactions/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlike tests: %1 (selection vs baseline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the selection mixes unlike runs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the baseline mixes unlike runs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create directory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is this machine: its runs need no SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the temporary file already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no space left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start SFTP: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set the mode of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: no such readable file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the remote path &apos;%1&apos; names no file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mv failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot rename %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection to %1 closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create an SSH session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH handshake with %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent no usable host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host key of %1 (%2 %3) is marked @revoked in %4:%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOST KEY CHANGED for %1: the server offers %2 %3, but %4:%5 holds %6. Someone may be intercepting the connection, or the host was reinstalled. If the change is expected, remove line %5 from %4 (ssh-keygen -R &apos;%1&apos; -f &apos;%4&apos;) and connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host key of %1 is not known (%2 %3, not in %4); %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host key of %1 (%2 %3) was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the host key of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authentication with %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authentication with %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server does not accept passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server does not accept public keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authentication with %1 failed (%2; the server accepts: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ssh-agent (SSH_AUTH_SOCK is not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach the ssh-agent at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ssh-agent did not list its keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ssh-agent holds no keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the %1 key(s) of the ssh-agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key file in ~/.ssh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key file %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no passphrase for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong passphrase for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read key %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA keys need a server that accepts ssh-rsa signatures with this libssh2 (%1); use an ed25519 or ecdsa key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong password (3 attempts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection to %1 lost: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command on %1 timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open a channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the output failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing to the command failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot reach %2 port %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socketpair failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>through jump host %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jump host %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no connection to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot list the ports of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exited with code %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>killed by signal %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>killed by SIG%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended without an exit status on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out on %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is this machine, reached without SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the jump hosts of &apos;%1&apos; loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the jump host &apos;%1&apos; of &apos;%2&apos; is not in the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confidence %1 must be between 0 and 1 (e.g. 0.95)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outliers: %1 values are too few to call one an outlier (%2 or more are needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one value: no spread, interval or test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all values are equal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confidence level %1 must be between 0 and 1 (e.g. 0.95)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a confidence interval needs at least 2 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bootstrap distribution: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the BCa interval is undefined for this distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bootstrap interval needs at least 2 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many values for the bootstrap (at most 2^32 - 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bootstrap needs at least 2 resamples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value %1 (index %2) is %3; only finite numbers are accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percentile %1 is outside 0..100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a histogram needs at least one bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jain&apos;s fairness index needs non-negative values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jain&apos;s fairness index is undefined when all values are 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first sample: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second sample: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each sample needs at least %1 values (got %2 and %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shapiro-Wilk needs at least 3 values, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all values are equal (range zero); W = 1 by convention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n &gt; 5000: Royston&apos;s p-value is not validated here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&apos;Agostino-Pearson needs at least 8 values, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all values are equal; K^2 = 0 by convention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kurtosis test is undefined for this sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n &lt; 20: the kurtosis approximation is rough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (known fields: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: it is a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is too large (%2 MiB; at most %3 MiB are read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the input is larger than %2 MiB (a device or an endless stream?); refusing to read more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write: no file name given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: it is a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2 (in directory %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2 (the previous file is unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: directory %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2 is not a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write in directory %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected ADDRESS:PORT, e.g. 127.0.0.1:9464</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write an IPv6 address in brackets, e.g. [::1]:9464</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port must be a number from 0 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an address cannot start with &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a ping series imported from flent; Perfdeck does not run ping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ping is not a test engine: ping series are only imported (flent files); run iperf3 or netperf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol must be tcp or udp (icmp is only imported ping series)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the server host %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no --bidir (needs 3.7 or newer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no --dscp (needs 3.1 or newer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was killed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot resolve the host name &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the test did not end: no end of test from the %1 at %2:%3 within the client&apos;s deadline of %4 s (did the link or the server go down?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>affinity must be &apos;auto&apos;, a CPU list such as 0,2-3 or a YAML list of CPUs such as [0, 1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from %1 after SIGKILL: the connection is probably lost (the tool ends there by itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>perfdeck-gate was not found (set PERFDECK_GATE or install it beside perfdeck or in ../libexec/perfdeck)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variables file skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variables file skipped: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InfluxDB line-protocol file: no file name given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web dashboard address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web dashboard: HTTPS needs both a certificate and its key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending iperf3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receiving iperf3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate fell from %1 to %2 while the %3 used %4 % of a core: the sustained rate is this host&apos;s limit, not a token bucket&apos;s (a CPU-bound path slows down after its first second much as a bucket runs dry; a rate limit at or above the host&apos;s limit cannot be seen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 streams got %2, one stream %3 (x%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: several streams fill what one cannot, as under a policer that drops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: the aggregate is held at one rate, as by a shaper (or a plain bottleneck).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: inconclusive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pattern &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is above 1T (1 Tbit/s), the highest rate a pattern can ask for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a rate (e.g. 50M, 1.5G, 800k)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration (e.g. 2s, 500ms, 1.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is shorter than 1 ms, the shortest time a pattern can pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constant takes one rate: constant:50M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on/off takes a rate, the on time and the off time: onoff:50M,1s,2s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ramp takes FROM..TO/DURATION: ramp:10M..100M/10s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs RATE/DURATION or FROM..TO/DURATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sine takes the mean rate, the amplitude and the period: sine:50M,20M,4s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amplitude (%1) must not exceed the mean rate (%2): a rate cannot go below 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; (constant, onoff, ramp, sine, steps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one cycle lasts more than a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it never sends (every rate is 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown value &apos;%1&apos; (throughput, rtt or run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown value &apos;%1&apos; (throughput or rtt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown chart &apos;%1&apos; (charts: throughput, runs, boxplot, latency, cdf, histogram, matrix, heatmap, trend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no picked run has per-interval RTT or latency percentiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no picked run measured intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CDF of per-interval %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CDF of per-interval %1, %2 runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraction of intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (percentiles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n intervals)</source>
        <translation>
            <numerusform>%1 (%n interval)</numerusform>
            <numerusform>%1 (%n intervals)</numerusform>
        </translation>
    </message>
    <message>
        <source>no picked run has a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no picked run has per-interval RTT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bins must be a whole number from 1 to 200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per-interval RTT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per-interval transactions/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per-interval throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Histogram of %1 (%n runs)</source>
        <translation>
            <numerusform>Histogram of %1 (%n run)</numerusform>
            <numerusform>Histogram of %1 (%n runs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Histogram of %1 (%2 intervals of %n runs)</source>
        <translation>
            <numerusform>Histogram of %1 (%2 intervals of %n run)</numerusform>
            <numerusform>Histogram of %1 (%2 intervals of %n runs)</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history database has no runs of this report&apos;s pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pair %1 in the history (0 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no series %1 in the history of pair %2 (0 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the series has no runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of %1 → %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored runs, oldest first (%1 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value of each run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline band (%1 % CI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>regression (%n runs)</source>
        <translation>
            <numerusform>regression (%n run)</numerusform>
            <numerusform>regression (%n runs)</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot start the template engine: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the check of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the host checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked statically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found: install python3-jinja2 (reports need it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netserver: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no netserver beside it: local netperf tests cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found: runs with several instances cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found: QoS tests cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt translations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not installed (qt6-translations-l10n): Qt&apos;s own buttons and dialogs stay in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netperf cannot change its rate during a test: a pattern runs with iperf3 (TCP) or perfdeck-probe (UDP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pattern sets the rate itself: give a pattern or a bitrate (and burst), not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pattern runs in one direction: bidirectional is not possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pattern runs as one test: instances must be 1 (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a UDP pattern is one paced flow of perfdeck-probe: parallel streams must be 1 (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a UDP pattern is sent by perfdeck-probe from the client: reverse is not possible (swap client and server instead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a UDP pattern&apos;s datagram length must be 80-65507 bytes (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pattern&apos;s peak needs %1 packets per second of %2 bytes; perfdeck-probe sends at most %3 (use a longer datagram length)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: requested %2, achieved %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, loss %1 (%2 datagrams)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pattern &apos;%1&apos;: the TCP phase at %2 s lasts %3 s; TCP patterns run as a sequence of iperf3 tests, whose -t takes whole seconds (use whole seconds, or UDP for the probe&apos;s paced sender)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (iperf3 sends a UDP stream&apos;s set-up datagram once: it or its answer was lost on the way; start the test again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the client ran with a memory limit of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory limit must be between 4 MiB and 16 TiB (got %1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot file the checks of %1 under %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the peak rate (%1 + %2) is above 1T (1 Tbit/s), the highest rate a pattern can ask for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 hosts; the rest of the inventory is not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host pattern &apos;%1&apos; names more than %2 hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTT through the jump hosts is the round trip of an SSH command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the server closed the connection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no reply in time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (reading from the connection failed: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (writing to the connection failed: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the command on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing could be sent for 3 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Perfdeck::AboutDialog</name>
    <message>
        <source>About Perfdeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Perfdeck %1&lt;/h3&gt;&lt;p&gt;A workbench for measuring networks with iperf3 and netperf.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence: none chosen yet; until one is, all rights are reserved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detecting the versions of Perfdeck&apos;s parts and tools…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where / note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy to Clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy these versions as text, for a bug report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected at run time. Copy them into a bug report with the button below (or run: perfdeck-cli about).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Perfdeck::Cli</name>
    <message>
        <source>the history is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>perfdeck-cli: no stored runs match in %1 (%2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history show: &apos;%1&apos; is not a history id (the number in the first column of &apos;perfdeck-cli history list&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history run %1 (run id %2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(--json prints it as a results document)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ok runs of %1..%2 in %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1..%2: %3 kind(s) of test; each run against the %4 before it, %5 % confidence
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (baseline: %1 earlier run(s))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History database (default: $PERFDECK_HISTORY_DB, else ~/.local/share/perfdeck/history.sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pair&apos;s client name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pair&apos;s server name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iperf3 or netperf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tcp or udp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs of this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs with this tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs started on or after DATE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs started on or before DATE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: at most N runs (default 50; 0: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trend: baseline of each run = the N runs before it (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trend: confidence level (default 0.95).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history needs an action: list, show ID or trend (see perfdeck-cli history --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history: unknown action &apos;%1&apos; (list, show ID, trend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history show needs one ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history %1: unexpected argument &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history trend needs --client A and --server B (the pair&apos;s names as &apos;history list&apos; shows them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History database the runs are stored in (default: $PERFDECK_HISTORY_DB, else ~/.local/share/perfdeck/history.sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not store the runs in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the runs in the history (repeatable or comma-separated; `history list --tag T` finds them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history not updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 already there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(this machine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing to install (%2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hosts import needs &apos;ssh-config [FILE]&apos; or &apos;ansible FILE&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hosts import needs --out FILE (or --out - for stdout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hosts import ansible takes one inventory FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hosts import ssh-config takes at most one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no hosts found in %1 (wildcard patterns are defaults, not hosts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perfdeck host inventory imported from %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inventory file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list/check: JSON on stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: the inventory to write (&apos;-&apos;: stdout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check/deploy: known_hosts file for SSH host keys (default ~/.ssh/known_hosts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check/deploy: accept and save the key of a host not yet in known_hosts (a changed key is always refused).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check/deploy: hosts handled at the same time (default 8 / 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deploy: only this host (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deploy: tools to install when missing (default iperf3,netperf), or probe (copies perfdeck-probe).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deploy: show what would run on each host, change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deploy: a local file (a static helper binary) to copy over SFTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deploy: the remote path for --copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check: seconds allowed for each step (default 5); deploy: for the SSH login (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hosts list takes no argument (use --hosts FILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, latency mean %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converts iperf3 -J output, netperf output and flent .flent.gz files into a Perfdeck results document (format perfdeck.results/1). The format of each file is detected from its content.
Exit codes: 0 all files imported, 2 a file failed (the others are still written) or bad arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the results document to &lt;file&gt; (required; - for standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the complete intervals of a truncated file as a partial run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: perfdeck-cli import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: no input files (usage: perfdeck-cli import FILE... --json OUT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: --json OUT is required (where to write the results document)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write to standard output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (name the inventory with --hosts FILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>if it is the right key, pass --accept-new-host-keys to accept and save it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan: %1 client%2 x %3 server%4 x %5 test%6: %7 cells to run, %8 skipped; at most %9 at once%10
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 per host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (some failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no profiles found (looked in: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML test profiles.
  list            the profiles found, with description and number of tests
  show NAME|FILE  the tests after inheritance (extends) and variable substitution
  validate FILE   &apos;ok&apos; (exit 0), or FILE:LINE:COLUMN errors (exit 2)
Profiles are looked up in $PERFDECK_PROFILE_DIR, the installed share/perfdeck/profiles, then ~/.config/perfdeck/profiles (user profiles).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show/validate: the ${HOST} to substitute (default: empty, the embedded 127.0.0.1 server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show/validate: set a profile variable, e.g. --set DURATION=5 (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, show or validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile list takes no argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile needs an action: list, show NAME or validate FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown profile action &apos;%1&apos; (use list, show or validate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1 takes one NAME or FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no profile &apos;%1&apos; (not a file, and not found in: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty: the embedded server on 127.0.0.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends perfdeck-probe traffic marked with each DSCP class and reports, per class, the code point that arrived (kept, remarked to X, bleached to 0), loss, jitter and RTT. With no --target and no --hosts, the reflector runs on 127.0.0.1 (::1 with --ipv6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reflector already running there (perfdeck-probe reflect --port PORT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host inventory (YAML).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host that sends (inventory name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host that reflects (inventory name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds of traffic (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packets per second per class (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP payload bytes (80-65507, default 200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds per interval (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local reflector listens on ::1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk TCP (iperf3) marked with this class between the same hosts in the middle of the test; says whether the higher classes were protected (needs --duration &gt;= 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel streams of the bulk test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a results document instead of the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also save the results document there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>perfdeck-probe on SSH hosts (default .perfdeck/bin/perfdeck-probe, where hosts deploy --tools probe copies it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known_hosts file for SSH hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept and save the key of an SSH host seen for the first time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qos: --classes is required (e.g. --classes EF,AF41,CS0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qos: --%1 must be between %2 and %3 (got &apos;%4&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qos: --bulk: &apos;%1&apos; is not a DSCP class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qos: --bulk needs --duration of at least 5 s (a quiet baseline, the bulk test, a quiet end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qos: give either --target or --hosts/--clients/--servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qos: --target needs HOST:PORT (a reflector started with perfdeck-probe reflect --port PORT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qos: name one sending host with --clients and one reflecting host with --servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renders a report of a session or results file with a Jinja2 template.
The output&apos;s extension picks the format: .html, .md, .txt, .csv (the template&apos;s text)
or .pdf (an HTML template laid out on pages, charts drawn as vectors).
Templates are looked up in the user&apos;s template folder, then the shipped ones
(perfdeck-cli template list). Exit 2 on bad input or a template error (FILE:LINE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session or results file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report: .pdf, .html, .md, .txt, .csv (- writes the text to standard output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare with the runs of this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also write the template context as JSON (see docs/TEMPLATES.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confidence level (default 0.95)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF page size: a4 or letter (default: from the locale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds a template may render before it is stopped (default 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs exactly one session or results FILE (see perfdeck-cli report --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs --out FILE (or --context-json FILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: unknown report format (use .pdf, .html, .md, .txt or .csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
perfdeck-cli: stopping the test (press Ctrl-C again to kill it now)...
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>killed the running test on a second interrupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 DSCP %2: %3 (probe flow of the class beside the test)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve Prometheus metrics at http://ADDR:PORT/metrics while the tests run (ADDR: 127.0.0.1 if omitted; port 0: a free one, printed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push the live figures to a StatsD daemon over UDP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append the live figures to FILE in InfluxDB line protocol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs iperf3 tests. Without --target, Perfdeck starts its own iperf3 server on 127.0.0.1 on a free port. iperf3&apos;s short options (-c -t -P -R -u -b -i -O -l -w -C) are accepted too.
With --profile, every test of the profile runs in turn: --target becomes ${HOST} and every test&apos;s server, --set NAME=VALUE overrides a profile variable (e.g. --set DURATION=5), and any test option given explicitly (--duration, --parallel, --udp, --bitrate, --dscp, --repeat, ...) overrides that field in every test of the profile; the netperf options apply to its netperf tests only. &apos;perfdeck-cli profile list&apos; shows the profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server to test against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iperf3 (default) or netperf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the tests of a YAML profile (a name from &apos;profile list&apos;, or a file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --profile: set a profile variable (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test duration in seconds (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel streams, 1-128 (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server sends, client receives (-R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both directions at once (--bidir).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP instead of TCP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target bitrate, e.g. 100M or 1G/32 (burst).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between reports (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omit the first S seconds (TCP slow start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffer length, e.g. 128K.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket buffer size, e.g. 4M.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP congestion algorithm, e.g. bbr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iperf3 &lt; 3.17 against a server Perfdeck did not start: follow the client&apos;s text output live (figures rounded to 3 digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the server&apos;s output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netperf test: TCP_STREAM, TCP_MAERTS, UDP_STREAM, TCP_RR, TCP_CRR, UDP_RR or OMNI (default: from --udp/--reverse).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netperf _RR tests: request size in bytes (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netperf _RR tests: response size (default: the request size).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netperf -I: repeat the test until the result is within the width at this confidence, 95 or 99.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netperf -I: width of the confidence interval in percent (default 5, i.e. +/-2.5 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netperf -i: at most N iterations (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netperf -i: at least N iterations (default 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of the netperf binary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run up to N tests at the same time, each against its own server (default 1; a profile with &apos;concurrent: true&apos; runs all its tests at once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the test N times (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run N copies of each test at the same time, each against its own server, released together (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin the clients to CPUs: &apos;auto&apos; (instance i on CPU i) or a list such as 0,2-3 that the instances take in turn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the results document to FILE (- for standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one row per interval to FILE (- for standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append the runs to session FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of the iperf3 binary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep each run&apos;s raw iperf3 output in DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No live progress on stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --dscp: do not run a perfdeck-probe flow of the class beside the test (it reports the DSCP that arrived).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host inventory (perfdeck.hosts/1 YAML) naming --clients and --servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a test plan: every test from each of these hosts (comma-separated inventory names)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>...to each of these hosts (a host is not its own server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known_hosts file that the SSH host keys of inventory hosts are checked against (default ~/.ssh/known_hosts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the key of a host not yet in known_hosts and append it there (a changed key is always refused).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test plan: at most N tests at the same time (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test plan: a host takes part in at most N tests at once (default: no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a report of the runs: .pdf, .html, .md, .txt or .csv (see perfdeck-cli report).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report&apos;s template NAME or FILE (default: summary).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report compares the runs with this results or session file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile %1 runs its %2 tests at the same time (concurrent: true), more than the %3 Perfdeck allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a test plan needs both --clients and --servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>perfdeck-cli run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>perfdeck-cli run --profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, latency mean %1 µs, worst p99 %2 µs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, start skew %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, start skew not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  per instance: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1/%2] %3/%4 s  (waiting for the result)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: neither a results document, a session nor a file &apos;perfdeck-cli import&apos; reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), %3 %4 %5, measured at the %6
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the runs to analyse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this run: its id or number (#3 or 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shaping needs exactly one FILE (see perfdeck-cli shaping --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no runs to analyse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no run &apos;%2&apos; (runs: %3%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>perfdeck-cli: note: %1: %2 skipped (status error%3)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>perfdeck-cli: note: %1: %2 skipped (%3 is null)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>perfdeck-cli: note: %1: %2 is partial (stopped early%3); its value is used
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no run has a value for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (--metric can name: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no ok runs of %2..%3 in the history %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: &apos;%3&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: &apos;%3&apos; is not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no numbers found (expected one number per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 values from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a history pair is a baseline only (--baseline history:PAIR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over %2 streams (mean stream rates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, mean of %1 runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jain fairness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
against baseline %1 (%2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change of the mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal approximation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (significant at %1 % confidence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (no significant difference at %1 % confidence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> - but the tests are not alike (see WARNING)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics of one value per run of a results document (summary.throughput_bps, or
transactions_per_s for latency tests) or of a CSV with one number per line.
With --baseline: Welch t-test, Mann-Whitney U and a verdict; exit 3 on a significant
regression. Exit 2 on bad input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>results document or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare against this results document or CSV, or history:CLIENT..SERVER[:N]: the newest N (default 10) ok runs of that pair in the history like the runs of FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history database of --baseline history:... (default: $PERFDECK_HISTORY_DB, else ~/.local/share/perfdeck/history.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>throughput | transactions | a summary field such as rtt_mean_us or latency_us.p99 (default: throughput, else transactions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher | lower is better (default: lower for latency/rtt/jitter/loss/retransmit fields, else higher)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bootstrap resamples (default 10000; 0: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stats needs exactly one FILE (see perfdeck-cli stats --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot compare %1 with %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mixes unlike runs: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no templates found (looked in: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user (shadows shipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validate: render against the report context of this session or results file instead of the built-in sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template list takes no argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template needs an action: list, show NAME or validate FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown template action &apos;%1&apos; (use list, show or validate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template %1 takes one NAME or FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--engine &apos;%1&apos; must be iperf3 or netperf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--protocol &apos;%1&apos; must be tcp or udp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a date (2026-12-01, 2026-12-01T14:30, or ISO 8601 with a zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit &apos;%1&apos; must be 0 or a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--window &apos;%1&apos; must be a whole number from 2 to 10000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--confidence &apos;%1&apos; must be a number between 0 and 1, e.g. 0.95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>perfdeck-cli: warning: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--history-db needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--hosts FILE is required (a perfdeck.hosts/1 inventory; &apos;perfdeck-cli hosts import&apos; writes one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-parallel must be a whole number &gt;= 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout must be seconds between 0 and 600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tools probe copies perfdeck-probe over SFTP: deploy it on its own (then --tools iperf3,netperf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tools needs iperf3, netperf or both, or probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--copy LOCAL and --to REMOTE_PATH go together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--copy %1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: skipped (%2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set &apos;%1&apos; is not NAME=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--confidence &apos;%1&apos; must be a number between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--time-limit &apos;%1&apos; must be seconds between 0 and 3600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page-size &apos;%1&apos; must be a4 or letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--target &apos;%1&apos; is not HOST, HOST:PORT or [IPv6]:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--target port %1 is out of range 1-65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; must be a number from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a size such as 64 or 1K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--engine must be iperf3 or netperf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--affinity &apos;%1&apos; is not &apos;auto&apos; or a CPU list such as 0,2-3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bitrate &apos;%1&apos; is not a rate such as 100M, 1.5G or 500k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bitrate burst &apos;%1&apos; must be a packet count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--length &apos;%1&apos; is not a size such as 128K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--window &apos;%1&apos; is not a size such as 4M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs at least one host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--hosts needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--baseline &apos;%1&apos; is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a file name (or - for standard output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--session needs a file: a session is read before it is written, standard output cannot be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--resamples &apos;%1&apos; must be 0 or at least 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--direction &apos;%1&apos; must be &apos;higher&apos; or &apos;lower&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>perfdeck-cli: warning: %1 against %2: %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>perfdeck-cli: history: stored %n run(s) in %1%2
</source>
        <translation>
            <numerusform>perfdeck-cli: history: stored %n run in %1%2
</numerusform>
            <numerusform>perfdeck-cli: history: stored %n runs in %1%2
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) written to %1
</source>
        <translation>
            <numerusform>%n host written to %1
</numerusform>
            <numerusform>%n hosts written to %1
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>perfdeck-cli: wrote %n run(s) to %1%2
</source>
        <translation>
            <numerusform>perfdeck-cli: wrote %n run to %1%2
</numerusform>
            <numerusform>perfdeck-cli: wrote %n runs to %1%2
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n file(s) failed)</source>
        <translation>
            <numerusform> (%n file failed)</numerusform>
            <numerusform> (%n files failed)</numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no terminal to ask on; use ssh-agent or a key without a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied, please try again.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain progress lines even when stderr is a terminal (no dashboard).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the measured runs were kept in %1 instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the measured runs could not be kept anywhere (%1); the history database has them unless it failed too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves the live dashboard: running tests, their log, start and stop from a browser, and a JSON API (docs/WEB.md). Control needs the bearer token printed at start (or --token-file); without it the page can only watch, and only on loopback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address and port (default 127.0.0.1:8080; port 0: a free one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the bearer token from the first line of FILE instead of making one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve HTTPS with this PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PEM private key of --tls-cert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not on loopback: every request needs the token
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions of Perfdeck and of what it runs with (as Help &gt; About shows them):
Qt, libssh2, yaml-cpp, Python, Jinja2, and the iperf3, netperf,
perfdeck-gate and perfdeck-probe programs found, with their paths.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print a JSON object (format perfdeck.about/1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about takes no arguments (got &apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history not updated: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be a whole number &gt;= 0 (0: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hosts history reads the history database: drop --no-history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no history database yet (hosts check files its checks there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no host checks filed yet
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no checks filed for %2
</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check/history: the history database (default $PERFDECK_HISTORY_DB or ~/.local/share/perfdeck/history.sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check: do not file the checks in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history: checks shown per host, newest first (default 20; 0: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, check, history, import or deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hosts needs an action: list, check, history, import or deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown hosts action &apos;%1&apos; (use list, check, history, import or deploy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  about     versions of Perfdeck, its libraries and the tools it found (bug reports)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bulk test&apos;s iperf3 server, already running there (needed with --target; default: one started beside the reflector).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qos: --bulk-target needs HOST:PORT (an iperf3 server running there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qos: --bulk with --target needs --bulk-target HOST:PORT (an iperf3 server running there): nothing of ours runs on that host to start one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qos: --bulk-target goes with --bulk CLASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history database whose trends of the runs&apos; pairs the report shows (default: $PERFDECK_HISTORY_DB, else ~/.local/share/perfdeck/history.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not read the history database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>perfdeck-cli: warning: the report has no history: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pattern %2: no phase holds a whole reporting interval (a shorter --interval measures shorter phases)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pattern %2, requested and achieved rate per phase:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detects a token-bucket rate limit in a run&apos;s throughput series: the initial burst (bytes and duration above the sustained rate), the sustained rate, and whether it is a shaper (queues: the RTT rises, few drops) or a policer (drops: retransmits, loss). Best with -i 0.1 for 5 s or more, and with a --reverse run (the receiver&apos;s series); the shipped &apos;shaping&apos; profile runs such tests. Without --run, single-stream runs are also compared with multi-stream runs over the same path (several streams filling what one cannot: a policer). FILE is a results document, a session or an iperf3 -J file. Method and limits: docs/SHAPING.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON: one object with --run, else {&quot;runs&quot;: [...], &quot;stream_comparisons&quot;: [...]}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a test again up to N times, 1 s apart, when it failed before measuring anything for a passing reason (connection refused, server busy, port taken, a lost UDP set-up datagram; default 0, 2 with --hosts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit each client process&apos;s address space to SIZE, such as 512M or 2G (RLIMIT_AS; prlimit on remote hosts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--memory-limit &apos;%1&apos; is not a size such as 512M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory whose hosts runs started from the web may name: as target (&quot;host&quot;, besides the embedded loopback server) and as client or server host (&quot;client_host&quot;, &quot;server_host&quot;: tools started there over SSH).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>if it is the right key, serve with --accept-new-host-keys to accept and save it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Perfdeck::DashboardModel</name>
    <message>
        <source>starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 trans/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU client %1 · server %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Perfdeck::DashboardView</name>
    <message>
        <source>Pause display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze the panes, graph and log; tests keep running (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the selected test; the others go on (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a shorter time in the graph (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a longer time in the graph (-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the graph at the present and the log at its end (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All origins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speed unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n test(s) running</source>
        <translation>
            <numerusform>%n test running</numerusform>
            <numerusform>%n tests running</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Perfdeck::DscpCompanion</name>
    <message>
        <source>no DSCP probe: the server %1 was not started by Perfdeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSCP probe: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Perfdeck::ExportActions</name>
    <message>
        <source>Could not export the runs.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON results (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Perfdeck::Exporters</name>
    <message>
        <source>metrics address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StatsD address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StatsD address &apos;%1&apos;: the port cannot be 0</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Perfdeck::HeatLegend</name>
    <message>
        <source>Colour scale: %1 (lowest cell) to %2 (highest cell)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.5: reverse faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2: forward faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward / reverse throughput of each pair; white is 1 (symmetric)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Perfdeck::HistoryView</name>
    <message>
        <source>%1 trans/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs started on or after this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs started on or before this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trend shows one kind of test at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use as Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the analysed runs with the selected history runs, or with the newest runs of the trend (Statistics panel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n run(s) stored</source>
        <translation>
            <numerusform>%1: %n run stored</numerusform>
            <numerusform>%1: %n runs stored</numerusform>
        </translation>
    </message>
    <message>
        <source>; the newest %1 are listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; trend of %1: %n regression(s)</source>
        <translation>
            <numerusform>; trend of %1: %n regression</numerusform>
            <numerusform>; trend of %1: %n regressions</numerusform>
        </translation>
    </message>
    <message>
        <source>All pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n run(s))</source>
        <translation>
            <numerusform>%1 (%n run)</numerusform>
            <numerusform>%1 (%n runs)</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History id %1, run %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ok runs of this pair match the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a pair to see its trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline %1 % CI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trans/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %n regression(s)</source>
        <translation>
            <numerusform>%1: %2, %n regression</numerusform>
            <numerusform>%1: %2, %n regressions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected history run(s)</source>
        <translation>
            <numerusform>%n selected history run</numerusform>
            <numerusform>%n selected history runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the newest %n run(s) of %1</source>
        <translation>
            <numerusform>the newest %n run of %1</numerusform>
            <numerusform>the newest %n runs of %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Perfdeck::HostCheckModel</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP to %1: connected in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP to %1: connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH login: ok in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH login: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH login failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round-trip time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iperf3 %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iperf3: not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netperf %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netserver: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netserver: not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free disk: %1 GiB in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load: %1, %2, %3</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH command round trip: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Perfdeck::HostEditorDialog</name>
    <message>
        <source>Add host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit host %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. fra-perf1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host name or IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH &amp;port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: your local user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password (asked, never stored in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Au&amp;thentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ~/.ssh/id_ed25519</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identity file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(direct)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jump host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lat </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lon </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma separated, e.g. rack-a, 25g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iperf3 on the host&apos;s PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iperf&amp;3 path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netperf on the host&apos;s PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>net&amp;perf path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a host called &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host needs an address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A host is a client, a server or both.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Perfdeck::HostHistoryView</name>
    <message>
        <source>Newest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many of the host&apos;s newest checks the table and the trend show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the history database again (checks filed by perfdeck-cli hosts check or another Perfdeck appear then)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round-trip time of each check; orange points are checks with a warning, red points on the axis checks that failed. Click a point to select its check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the checks of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one host to see the checks filed for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No history database: checks of %1 are not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checks of %1 filed yet (%2 does not exist yet; Check creates it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checks of %1 filed yet in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The newest %n check(s) of %1, newest first.</source>
        <translation>
            <numerusform>The newest %n check of %1, newest first.</numerusform>
            <numerusform>The newest %n checks of %1, newest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) of %1, newest first.</source>
        <translation>
            <numerusform>%n check of %1, newest first.</numerusform>
            <numerusform>%n checks of %1, newest first.</numerusform>
        </translation>
    </message>
    <message>
        <source>No checks of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No round-trip time measured for %1 (this machine, or no SSH answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round-trip time of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(orange: warnings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(red: failed checks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(orange: warnings, red: failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a check (or click its point in the trend) to see everything it found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Perfdeck::HostKeyDialog</name>
    <message>
        <source>Unknown Host Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Perfdeck has not connected to %1 before.&lt;/b&gt;&lt;br&gt;Compare the fingerprint with the host&apos;s own (&lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_%2_key.pub&lt;/tt&gt; on it) before you trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host is already known with a key of another type (%1); it now offers this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept &amp;Once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect this time; ask again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept and &amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect and add the key to %1, as ssh does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Perfdeck::HostListModel</name>
    <message>
        <source>local (this machine)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Perfdeck::InfluxLineWriter</name>
    <message>
        <source>cannot open %1 for appending: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Perfdeck::InventoryDock</name>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a host (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the selected hosts (all when none is selected): reachability, SSH, iperf3/netserver, disk and load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install iperf3 and netperf with each host&apos;s package manager (sudo -n, never a password) on the selected hosts, or on those whose last check found them missing; the exact commands are shown first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import ssh config…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Ansible…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export YAML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-check: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-check every %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking… %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deploy planned for %n host(s)</source>
        <translation>
            <numerusform>Deploy planned for %n host</numerusform>
            <numerusform>Deploy planned for %n hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deployed to %n host(s)</source>
        <translation>
            <numerusform>Deployed to %n host</numerusform>
            <numerusform>Deployed to %n hosts</numerusform>
        </translation>
    </message>
    <message>
        <source>Deploy failed on %1 of %2 hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checked %n host(s) at %1</source>
        <translation>
            <numerusform>Checked %n host at %1</numerusform>
            <numerusform>Checked %n hosts at %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Check stopped after %1 of %2 hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n host(s)</source>
        <translation>
            <numerusform>Delete %n host</numerusform>
            <numerusform>Delete %n hosts</numerusform>
        </translation>
    </message>
    <message>
        <source>Import hosts from an ssh config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import hosts from an Ansible inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh config (config *.conf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ansible inventories (*.ini *.yml *.yaml hosts inventory);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import hosts from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new host(s), %2 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some entries were skipped or simplified; see the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perfdeck inventory (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking… 0 of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Asking %n host(s) what they lack…</source>
        <translation>
            <numerusform>Asking %n host what they lack…</numerusform>
            <numerusform>Asking %n hosts what they lack…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deploying to %n host(s)…</source>
        <translation>
            <numerusform>Deploying to %n host…</numerusform>
            <numerusform>Deploying to %n hosts…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to deploy: select hosts, or check them first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot deploy: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing to install (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2%3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Run these commands on %n host(s)?</source>
        <translation>
            <numerusform>Run these commands on %n host?</numerusform>
            <numerusform>Run these commands on %n hosts?</numerusform>
        </translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) in %1 site(s). Select a host for its details.</source>
        <translation>
            <numerusform>%n host in %1 site. Select a host for its details.</numerusform>
            <numerusform>%n hosts in %1 sites. Select a host for its details.</numerusform>
        </translation>
    </message>
    <message>
        <source> through %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1°, %2°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last check %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every check filed for the selected host in the history database, with its round-trip time over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the checks filed for the selected host</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Perfdeck::InventoryModel</name>
    <message>
        <source>No site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iperf3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netserver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network round trip of the last check: the TCP connect to the host&apos;s SSH port (through jump hosts: the round trip of an SSH command)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Perfdeck::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perfdeck will speak %1 the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Perfdeck::LibraryEditor</name>
    <message>
        <source>Report Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n occurrence(s).</source>
        <translation>
            <numerusform>Replaced %n occurrence.</numerusform>
            <numerusform>Replaced %n occurrences.</numerusform>
        </translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview (this session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests after extends and variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (shipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is shipped and read-only: Duplicate it to make your own copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not rename %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temporary folder to check the text in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>concurrent: the tests run at the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n test(s):</source>
        <translation>
            <numerusform>%n test:</numerusform>
            <numerusform>%n tests:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Perfdeck::LiveGraph</name>
    <message>
        <source>-%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total of the running tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transactions per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dashed: trans/s, right axis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Perfdeck::LiveRuns</name>
    <message>
        <source>%1 started: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its runner went away before it ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Perfdeck::LogView</name>
    <message>
        <source>The output of iperf3 appears here while a test runs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Perfdeck::MainWindow</name>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n run(s) to %1</source>
        <translation>
            <numerusform>Exported %n run to %1</numerusform>
            <numerusform>Exported %n runs to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting: looking for iperf3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running %1 of %2: %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running %1 of %2: %3 to %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 finished: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session &quot;%1&quot; has changes that are not saved.
Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Session As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perfdeck did not close cleanly. A session was saved automatically on %1.
Recover it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no finished run to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export is still being written; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Perfdeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perfdeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test is running. Stop it and quit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 trans/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request/response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embedded (127.0.0.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU (local / remote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be run again: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting: connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 started: %2 to %3, %4 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 partial (%2 s measured): %3 – %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>profile %1: %n test(s) done</source>
        <translation>
            <numerusform>profile %1: %n test done</numerusform>
            <numerusform>profile %1: %n tests done</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of iperf3, netperf and flent (*.json *.jsonl *.txt *.out *.log *.flent *.flent.gz *.gz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Importing %n file…</numerusform>
            <numerusform>Importing %n files…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 imported from %2: %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n run(s)</source>
        <translation>
            <numerusform>Imported %n run</numerusform>
            <numerusform>Imported %n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported:</source>
        <translation>
            <numerusform>%n file could not be imported:</numerusform>
            <numerusform>%n files could not be imported:</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n test(s): %2</source>
        <translation>
            <numerusform>%1 — %n test: %2</numerusform>
            <numerusform>%1 — %n tests: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>No profile was found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run every test of the profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading profile %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile could not be read:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile %1 has no tests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>profile %1: %n test(s)%2</source>
        <translation>
            <numerusform>profile %1: %n test%2</numerusform>
            <numerusform>profile %1: %n tests%2</numerusform>
        </translation>
    </message>
    <message>
        <source>, run together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 measured nothing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QoS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>test plan: %n test(s), at most %1 at once%2</source>
        <translation>
            <numerusform>test plan: %n test, at most %1 at once%2</numerusform>
            <numerusform>test plan: %n tests, at most %1 at once%2</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 per host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no profile named &quot;%1&quot; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History not updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AF41: kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Monitoring and Exporters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus endpoint, StatsD, InfluxDB file and the web dashboard while tests run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Welcome Tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 DSCP %2: %3 (probe flow of the class beside the test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pattern %2: no phase holds a whole reporting interval (a shorter Interval measures shorter phases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pattern %2, requested and achieved rate per phase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 DSCP %2: %3 (the test&apos;s own datagrams)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 started from the web: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Running %n tests together (%1), %2 of %3 done</source>
        <translation>
            <numerusform>Running %n test together (%1), %2 of %3 done</numerusform>
            <numerusform>Running %n tests together (%1), %2 of %3 done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Perfdeck::MetricsServer</name>
    <message>
        <source>cannot listen for metrics on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Perfdeck::MonitoringCenter</name>
    <message>
        <source>The session&apos;s metrics endpoint or web dashboard listens beyond this machine: not started. Run &gt; Monitoring and Exporters starts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session&apos;s exporters did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web dashboard address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web dashboard did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web dashboard&apos;s token could not be kept in the keychain (%1): a new one is made at each start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Perfdeck::MonitoringDialog</name>
    <message>
        <source>Monitoring and Exporters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While tests run, their live figures can go to your monitoring system and to a web page. These settings are saved with the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prometheus metrics endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address and port to serve /metrics on; an address other than loopback makes the figures visible to the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrape:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;StatsD push (UDP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StatsD daemon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;InfluxDB line protocol file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append the live figures to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Web dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: plain HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS certificate (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS private key (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting and stopping tests from the page needs this token; it is kept in the keychain, not in the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web dashboard did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Perfdeck::PatternRun</name>
    <message>
        <source>unknown DSCP &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the probe did not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phase %1 of %2: %3 bit/s for %4 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phase %1 (%2 s, %3 bit/s): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no phase ran</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Perfdeck::PlanCellDialog</name>
    <message>
        <source>Cell Overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings of %1 that differ from the test. Fields left at &quot;test: ...&quot; keep the test&apos;s value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test: %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Streams:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test: unlimited (e.g. 100M, 1.5G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bitrate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DS&amp;CP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send (client to server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receive (server to client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both at once (bidir)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;irection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a bitrate (write e.g. 100M, 1.5G or 800k).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Perfdeck::PlanModel</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSCP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 trans/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %2, %3, %n stream(s), %4 s</source>
        <translation>
            <numerusform>%1 %2, %3, %n stream, %4 s</numerusform>
            <numerusform>%1 %2, %3, %n streams, %4 s</numerusform>
        </translation>
    </message>
    <message>
        <source>Overrides: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turned off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: client and server are the same host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (attempt %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mean: %1 over %n repeat(s)</source>
        <translation>
            <numerusform>Mean: %1 over %n repeat</numerusform>
            <numerusform>Mean: %1 over %n repeats</numerusform>
        </translation>
    </message>
    <message>
        <source>Range: %1 .. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances summed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward %1, reverse %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asymmetry (forward/reverse): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs: %1 (click to select them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2/%3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1: click to turn its column on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client %1: click to turn its row on or off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Perfdeck::PlanView</name>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;vers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the run form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also run the cells whose client and server are the same host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include self pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip self pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Overrides…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select Its Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan and status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat map: values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat map: forward/reverse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At &amp;once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests running at the same time, over all hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per &amp;host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests one host takes part in at the same time, as client or server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the inventory: add it in the Hosts dock, or take it out of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run form has no test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run form&apos;s test cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests from the run form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading profile %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile %1 has no tests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile could not be read:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests of profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
            <numerusform>profile %1, %n test</numerusform>
            <numerusform>profile %1, %n tests</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan cannot run: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every cell of the plan is turned off or pairs a host with itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s)</source>
        <translation>
            <numerusform>%n cell</numerusform>
            <numerusform>%n cells</numerusform>
        </translation>
    </message>
    <message>
        <source>Overrides of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n test(s) done</source>
        <translation>
            <numerusform>%1 of %n test done</numerusform>
            <numerusform>%1 of %n tests done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n failed</numerusform>
            <numerusform>, %n failed</numerusform>
        </translation>
    </message>
    <message>
        <source> · about %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no profile named &quot;%1&quot; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter hosts: name, address, site, region or tag; tag:NAME, site:NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stop %n Cell(s)</source>
        <translation>
            <numerusform>Stop %n Cell</numerusform>
            <numerusform>Stop %n Cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run %n Cell(s)</source>
        <translation>
            <numerusform>Run %n Cell</numerusform>
            <numerusform>Run %n Cells</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not run: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopping %n run(s)…</source>
        <translation>
            <numerusform>Stopping %n run…</numerusform>
            <numerusform>Stopping %n runs…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Perfdeck::QosRun</name>
    <message>
        <source>the reflector on %1 did not start listening within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no DSCP classes to test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no host to send from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no runner for the bulk test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a test with bulk traffic needs at least 5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a DSCP class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no port for the reflector at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no host for the reflector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>perfdeck-probe was not found on this machine (set PERFDECK_PROBE or install it beside perfdeck-cli)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address at which %1 reaches this machine is not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the probe&apos;s output ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the probe %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no summary from the probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reply from the reflector at %1: nothing came back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bulk test did not end: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reflector on %1 did not start: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bulk test did not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulk: iperf3 TCP marked %1, %2 stream(s), %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: RTT %3 -&gt; %4, loss %5 -&gt; %6 while %7 bulk TCP carried %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not judged (no quiet baseline or no interval under load)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the probe did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bulk test against a running reflector (--target) needs a running iperf3 server for it (--bulk-target)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Perfdeck::QosTableModel</name>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTT mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTT p99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Perfdeck::QosView</name>
    <message>
        <source>DSCP classes, comma-separated: EF, AF11..AF43, CS0..CS7, VA, LE or 0-63</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> packets/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 (::1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends probe datagrams marked with each class to a reflector on this machine and shows what arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate per class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running: %1 for %2 s...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 classes arrived with their marks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Perfdeck::ReportCenter</name>
    <message>
        <source>Generate &amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a PDF, HTML, Markdown, text or CSV report of this session from a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report &amp;Templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit report templates with a live preview of this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test &amp;Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit YAML test profiles and see the tests they expand to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the report&apos;s pages as they would be printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the session&apos;s report with the chosen template</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Perfdeck::ReportDialog</name>
    <message>
        <source>Generate Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report.pdf, .html, .md, .txt or .csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) from %1</source>
        <translation>
            <numerusform>%n run from %1</numerusform>
            <numerusform>%n runs from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates (*.html *.htm *.md *.txt *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html);;Markdown (*.md);;Text (*.txt);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output file&apos;s extension picks the format: .pdf, .html, .md, .txt or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages of a PDF report or of a print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs to compare with: the report shows the change and whether it is significant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Baseline: %n run(s) from %1</source>
        <translation>
            <numerusform>Baseline: %n run from %1</numerusform>
            <numerusform>Baseline: %n runs from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As in the statistics panel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the baseline %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions and results (*.perfdeck *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statistics panel baseline (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perfdeck report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to print yet: the report is still being rendered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Perfdeck::ReportJob</name>
    <message>
        <source>Computing statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Perfdeck::RunPanel</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1M (iperf3 default for UDP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host: enter a server name or address, or tick &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitrate: &quot;%1&quot; is not a rate; write for example 100M, 1.5G or 64k.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSCP: &quot;%1&quot; is not a DSCP class (EF, AF41, CS1...) or a number 0-63.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request/response (both ways)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>99 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local netserver (127.0.0.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local iperf3 server (127.0.0.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netserver started by Perfdeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iperf3 server started by Perfdeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perfdeck starts its own netserver on 127.0.0.1 on a free port: works on any machine with netperf installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perfdeck starts its own iperf3 server on 127.0.0.1 on a free port: works on any machine with iperf3 installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not with netperf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a size; write for example 128K, 4M or 1460.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not offered by the inventory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the inventory does not allow %2 as a %3 (its roles, Hosts dock).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not in the inventory; add it in the Hosts dock or pick another host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netperf runs one stream per process: N streams start N netperf processes together, reported as instances of one test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel streams (iperf3 -P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitrate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a rate (100M, 1.5G, 64k) nor a pattern (ramp:10M..100M/10s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;zes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 byte each way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tool default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request and response size of each transaction, for example 64 or 64,1024 (netperf -r); without a response size it is the request&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffer (TCP) or datagram (UDP) size, for example 128K or 1460 (iperf3 -l, netperf -m).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sizes: &quot;%1&quot; is not a request size or request,response sizes; write for example 64 or 64,1024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern: up to %1, repeating every %2 s; UDP datagrams paced by perfdeck-probe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern: up to %1, repeating every %2 s; TCP runs one iperf3 test per phase (whole seconds).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UDP traffic pattern is sent by perfdeck-probe, which paces its datagrams to the pattern; iperf3 sends everything else.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Perfdeck::RunTableModel</name>
    <message>
        <source>UDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bidirectional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retransmits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 trans/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request/response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embedded (127.0.0.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embedded (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU (local / remote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICMP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 %2 on %3: CPU mean %4, p90 %5, max %6; RSS max %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 on %2: rx mean %3, tx mean %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, utilisation max %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked; no probe checked what arrived (tick Check beside the DSCP field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as %1, arrived as %2 (a perfdeck-probe flow of the class beside the test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSCP</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Perfdeck::SecretDialog</name>
    <message>
        <source>SSH Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous answer was not accepted (attempt %1 of 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the desktop&apos;s keychain (Secret Service) once the login worked; never in a file or the session. Perfdeck then connects without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Perfdeck::SessionController</name>
    <message>
        <source>Perfdeck sessions (*.perfdeck *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another session file operation is still running; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not recover the autosaved session.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the session.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the session.
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Perfdeck::ShapingSection</name>
    <message>
        <source>Shaping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token-bucket rate limit seen in this run&apos;s intervals: the initial burst above the sustained rate, and whether the limiter queues (shaper) or drops (policer). Best with 0.1 s intervals and a reverse run; the &apos;shaping&apos; profile runs such tests. &apos;perfdeck-cli shaping&apos; prints the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate-limited by a policer (confidence %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate-limited by a shaper (confidence %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shaped (confidence %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sustained %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 in Ethernet frames)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>burst %1 in %2 s at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intervals used: %1, the sender&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intervals used: %1, the receiver&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Perfdeck::SshPrompter</name>
    <message>
        <source>%1: stored in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not stored in the keychain (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host Key Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was refused because the host key changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Perfdeck::StatisticsCharts</name>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Histogram, %n bin(s) (Freedman-Diaconis)</source>
        <translation>
            <numerusform>Histogram, %n bin (Freedman-Diaconis)</numerusform>
            <numerusform>Histogram, %n bins (Freedman-Diaconis)</numerusform>
        </translation>
    </message>
    <message>
        <source>Box plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 CI</source>
        <comment>legend: the confidence interval of the mean</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Perfdeck::StatisticsController</name>
    <message numerus="yes">
        <source>%n run(s) like %1: %2</source>
        <translation>
            <numerusform>%n run like %1: %2</numerusform>
            <numerusform>%n runs like %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (no selection; %n other run(s) left out)</source>
        <translation>
            <numerusform> (no selection; %n other run left out)</numerusform>
            <numerusform> (no selection; %n other runs left out)</numerusform>
        </translation>
    </message>
    <message>
        <source> (no selection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (partial)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) selected</source>
        <translation>
            <numerusform>%n run selected</numerusform>
            <numerusform>%n runs selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n partial (stopped early, used)</source>
        <translation>
            <numerusform>; %n partial (stopped early, used)</numerusform>
            <numerusform>; %n partial (stopped early, used)</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a run to see its intervals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No selected run has intervals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervals of run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (partial: stopped early)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (the first of %n selected runs)</source>
        <translation>
            <numerusform> (the first of %n selected runs)</numerusform>
            <numerusform> (the first of %n selected runs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n omitted interval(s)</source>
        <translation>
            <numerusform>%n omitted interval</numerusform>
            <numerusform>%n omitted intervals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interval(s) without %1</source>
        <translation>
            <numerusform>%n interval without %1</numerusform>
            <numerusform>%n intervals without %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n skipped: %1</source>
        <translation>
            <numerusform>; %n skipped: %1</numerusform>
            <numerusform>; %n skipped: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the selection mixes unlike runs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the baseline file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The baseline runs are not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interval(s) of %1</source>
        <translation>
            <numerusform>%n interval of %1</numerusform>
            <numerusform>%n intervals of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n skipped</source>
        <translation>
            <numerusform>, %n skipped</numerusform>
            <numerusform>, %n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The baseline has %n value(s); a comparison needs at least 2. Choose several runs, or compare intervals (per-interval mode).</source>
        <translation>
            <numerusform>The baseline has %n value; a comparison needs at least 2. Choose several runs, or compare intervals (per-interval mode).</numerusform>
            <numerusform>The baseline has %n values; a comparison needs at least 2. Choose several runs, or compare intervals (per-interval mode).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The baseline has %n interval value(s); a comparison needs at least 2.</source>
        <translation>
            <numerusform>The baseline has %n interval value; a comparison needs at least 2.</numerusform>
            <numerusform>The baseline has %n interval values; a comparison needs at least 2.</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All candidates (%n run(s))</source>
        <translation>
            <numerusform>All candidates (%n run)</numerusform>
            <numerusform>All candidates (%n runs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n run(s))</source>
        <translation>
            <numerusform>%1 (%n run)</numerusform>
            <numerusform>%1 (%n runs)</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n run(s), file)</source>
        <translation>
            <numerusform>%1 (%n run, file)</numerusform>
            <numerusform>%1 (%n runs, file)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (not usable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no runs in this document, nothing to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comparison needs at least 2 values in the selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the baseline from the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n run(s) (history)</source>
        <translation>
            <numerusform>%1, %n run (history)</numerusform>
            <numerusform>%1, %n runs (history)</numerusform>
        </translation>
    </message>
    <message>
        <source>History runs (not usable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No history runs chosen for the baseline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Perfdeck::StatisticsPanel</name>
    <message>
        <source>trans/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per interval (one run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput (bit/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ± %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean ± %1 CI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bootstrap %1 CI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 over %n stream(s) (mean rate per stream)</source>
        <translation>
            <numerusform>%1 over %n stream (mean rate per stream)</numerusform>
            <numerusform>%1 over %n streams (mean rate per stream)</numerusform>
        </translation>
    </message>
    <message>
        <source>No values to analyse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No values left: every value is excluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (%n excluded)</source>
        <translation>
            <numerusform> (%n excluded)</numerusform>
            <numerusform> (%n excluded)</numerusform>
        </translation>
    </message>
    <message>
        <source>t interval: %1 … %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no interval from one value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 … %2 (%3, %4 resamples)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BCa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 = %3, p = %4 — %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shapiro-Wilk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&apos;Agostino-Pearson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looks normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p ≥ %1: no evidence against normality at %2 confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p &lt; %1: the values are unlikely to come from a normal distribution; prefer the bootstrap interval and Mann-Whitney U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least 3 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IQR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z-score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IQR: beyond 1.5 IQR from the quartiles; z-score: |z| &gt; 3; MAD: modified z-score &gt; 3.5. #k is the position in the values chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a baseline to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 % of the mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t = %1, df = %2, p = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U = %1, p = %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal approximation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (significant at %1 confidence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (no significant difference at %1 confidence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2: %3
Click to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>include it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exclude it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1  %2  %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (outlier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (excluded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All values included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) excluded.</source>
        <translation>
            <numerusform>%n value excluded.</numerusform>
            <numerusform>%n values excluded.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline results document or session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results documents and sessions (*.json *.perfdeck);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, mean of %n run(s)</source>
        <translation>
            <numerusform>, mean of %n run</numerusform>
            <numerusform>, mean of %n runs</numerusform>
        </translation>
    </message>
    <message>
        <source>Not comparable: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– (too few values to call one an outlier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a point to exclude or include it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Perfdeck::StatsdPusher</name>
    <message>
        <source>StatsD host %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StatsD %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Perfdeck::ThroughputChart</name>
    <message>
        <source>Time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput (Mbit/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run to show yet. Press Run to measure, or select runs in the results table to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reverse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reverse stream %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stream %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the image %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perfdeck throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the drawing %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 transactions/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>billions/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>millions/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thousands/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the first measurement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requested</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Perfdeck::WebDashboardServer</name>
    <message>
        <source>--token-file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--token-file %1: the first line must hold a token of at least 16 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS needs both --tls-cert and --tls-key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tls-cert %1: no PEM certificate could be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tls-key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tls-key %1: no unencrypted PEM private key could be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host &apos;%1&apos; is not this server&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only GET here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this needs the bearer token printed when the server started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading needs the bearer token when the server is not on loopback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests from another origin are refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET or POST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET or DELETE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such API: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resource %1 missing from the build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target &apos;%1&apos; is not allowed: the embedded loopback server (no &quot;host&quot;) or an inventory host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body must be a JSON object (a test spec as in a session file): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs started from the web are still going; stop one first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run requested from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 has already ended (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 cannot be stopped now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client or server host &apos;%1&apos;: this dashboard has no inventory (serve with --hosts FILE, or add hosts in the GUI&apos;s Hosts dock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client or server host: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Perfdeck::WelcomeTour</name>
    <message>
        <source>Run a test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the engine (iperf3 or netperf), the target and the options here, then press Run. With the local server ticked, Perfdeck starts its own server on 127.0.0.1: a first test needs no other machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch it live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every running test draws its throughput here as it goes. Finished runs are listed in the results table; select some to compare them here and in Statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the machines you test here. Add them one by one, or import them from your ~/.ssh/config or an Ansible inventory (Import ssh config…, Import Ansible…). Check tells whether each answers over SSH and has iperf3 and netperf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick clients, servers and profiles: each cell of the grid is one test, run under the limits you set. Results go to the results table, Statistics and History. Help &gt; Welcome Tour shows this tour again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a Loopback Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the run panel&apos;s test now and moves on to the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip Tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunPanel</name>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perfdeck starts its own iperf3 server on 127.0.0.1 on a free port: works on any machine with iperf3 installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local iperf3 server (127.0.0.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server name or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Engine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iperf3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netperf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rotocol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send (client to server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive (server to client, -R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bidirectional (--bidir)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Streams:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel streams (iperf3 -P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bitrate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DS&amp;CP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSCP marking: a class name (EF, AF41, CS1) or a number 0-63. Empty: no marking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting interval (iperf3 -i)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netperf &amp;test:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netperf only. Automatic: TCP_STREAM, TCP_MAERTS (receive) or UDP_STREAM from the protocol and direction. RR tests measure transactions per second and latency percentiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a server Perfdeck did not start, with iperf3 older than 3.17 (which cannot stream JSON): show samples while the test runs, from iperf3&apos;s text output. Final figures are then rounded to the 3 digits iperf3 prints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clie&amp;nt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host that runs the client (iperf3 -c, netperf): this machine, or an inventory host reached over SSH (Hosts dock).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host on which Perfdeck starts the server (iperf3 -s, netserver): this machine, or an inventory host reached over SSH (Hosts dock).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live from the client&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Omit first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds at the start left out of the results, to skip TCP slow start (iperf3 -O). iperf3 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffer (TCP) or datagram (UDP) size, for example 128K or 1460 (iperf3 -l, netperf -m).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tool default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket buffer size, for example 4M (iperf3 -w, netperf -s/-S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Congestion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP congestion control algorithm, for example cubic or bbr (iperf3 -C, netperf -K).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;fidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>netperf repeats the test until the result lies within the interval at this confidence level (-I LEVEL,WIDTH -i MAX,3). netperf only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width of the confidence interval, in percent of the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>± </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Iterations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many iterations (netperf -i MAX,3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target bitrate (iperf3 -b), for example 100M or 1.5G, or a traffic pattern the rate follows: ramp:10M..100M/10s, onoff:50M,1s,2s, sine:50M,20M,4s, steps:10M/2s,40M/2s. Empty: unlimited for TCP, 1 Mbit/s for UDP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether the marking arrives: a perfdeck-probe flow of the same class runs beside the test (the probe of the qos command) and the DSCP column says what the server end received: kept, remarked or bleached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retr&amp;y up to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a test again up to this many times, 1 s apart, when it failed before measuring anything for a passing reason (connection refused, server busy, port taken, a lost UDP set-up datagram), as perfdeck-cli run --retries does. Test plans always retry twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsPanel</name>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Values:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One value per selected run, or one value per interval of a single run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onfidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence level of the intervals, the normality verdict and the baseline verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runs the selection is compared with (Welch t-test and Mann-Whitney U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the runs of a results document (perfdeck.results/1) as the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values (n):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean ± CI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bootstrap CI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Std. deviation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CoV:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min / max:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outliers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jain fairness:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline mean:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welch t-test:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mann-Whitney U:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclude IQR outliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclude every value outside Tukey&apos;s fences (1.5 IQR beyond the quartiles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include every value again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncheck a value to leave it out of the analysis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Network performance workbench for iperf3 and netperf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session to open, or results to import (iperf3 JSON, netperf output, flent files).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
