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
        <source>Bidirectional</source>
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
    <message numerus="yes">
        <source>%1: %2 %3 to %4, %n stream(s), %5 s</source>
        <translation>
            <numerusform>%1: %2 %3 to %4, %n stream, %5 s</numerusform>
            <numerusform>%1: %2 %3 to %4, %n streams, %5 s</numerusform>
        </translation>
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
        <source>%1 ended with %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1</source>
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
    <name>Perfdeck::StatisticsPanel</name>
    <message>
        <source>run %1</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transactions/s</source>
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
    <message>
        <source>Select a run to see its intervals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No selected run has intervals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervals of run %1</source>
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
        <source>%1 (not available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline results document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results documents (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comparison needs at least 2 values in the selection.</source>
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
        <source>Gbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kbit/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bit/s</source>
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
        <source>Follow the client&apos;s text output live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a server Perfdeck did not start, with iperf3 older than 3.17 (which cannot stream JSON): show samples while the test runs, from iperf3&apos;s text output. Final figures are then rounded to the 3 digits iperf3 prints.</source>
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
