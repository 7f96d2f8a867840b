-- A history database as written before schema versions (user_version 0): one table, the
-- start time as ISO text, no protocol/direction/host/profile/tag/status columns. The first
-- two rows carry their run documents, the third only its columns (its document was lost).
CREATE TABLE runs (id INTEGER PRIMARY KEY, run_id TEXT, started_at TEXT, engine TEXT,
                   client TEXT, server TEXT, throughput_bps REAL, document TEXT);
INSERT INTO runs VALUES (1, 'tcp-1', '2026-11-01T10:00:00.000Z', 'iperf3', 'localhost',
  '127.0.0.1:40001', 9100000000,
  '{"id":"tcp-1","engine":"iperf3","protocol":"tcp","direction":"send","client":"localhost","server":"127.0.0.1:40001","client_host":"local","server_host":"local","streams":1,"duration_s":10,"started_at":"2026-11-01T10:00:00.000Z","status":"ok","summary":{"throughput_bps":9100000000,"retransmits":3},"intervals":[{"start_s":0,"end_s":1,"bps":9000000000}]}');
INSERT INTO runs VALUES (2, 'udp-2', '2026-11-02T10:00:00.000Z', 'iperf3', 'localhost',
  '127.0.0.1:40002', 99000000,
  '{"id":"udp-2","engine":"iperf3","protocol":"udp","direction":"receive","client":"localhost","server":"127.0.0.1:40002","client_host":"local","server_host":"local","streams":2,"duration_s":5,"started_at":"2026-11-02T10:00:00.000Z","status":"error","error":"interrupted","summary":{"throughput_bps":99000000,"jitter_ms":0.02},"intervals":[]}');
INSERT INTO runs VALUES (3, 'rr-3', '2026-11-03T10:00:00.000Z', 'netperf', 'lab-a',
  'lab-b:12865', NULL, '');
