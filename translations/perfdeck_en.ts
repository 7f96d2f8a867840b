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
        <source>About Perfdeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Perfdeck %1&lt;/h3&gt;&lt;p&gt;A workbench for measuring networks with iperf3 and netperf.&lt;/p&gt;</source>
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
    <message>
        <source>PDF &amp;page size:</source>
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
    <message>
        <source>Run (click a point to exclude it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval (click a point to exclude it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean %1 CI</source>
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
        <source>Target bitrate (iperf3 -b), for example 100M or 1.5G. Empty: unlimited for TCP, 1 Mbit/s for UDP.</source>
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
</TS>
