-- A history database of schema 2 (user_version 2): runs and run_documents, no host_checks
-- table (schema 3 added it).
CREATE TABLE runs ( id INTEGER PRIMARY KEY, run_id TEXT NOT NULL, started_at INTEGER,
 stored_at INTEGER NOT NULL, origin TEXT NOT NULL, engine TEXT NOT NULL, protocol TEXT NOT NULL,
 direction TEXT NOT NULL, test TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL,
 client TEXT NOT NULL DEFAULT '', server TEXT NOT NULL DEFAULT '',
 client_host TEXT NOT NULL DEFAULT '', server_host TEXT NOT NULL DEFAULT '',
 pair_client TEXT NOT NULL, pair_server TEXT NOT NULL, profile TEXT NOT NULL DEFAULT '',
 tags TEXT NOT NULL DEFAULT '', status TEXT NOT NULL, throughput_bps REAL,
 transactions_per_s REAL,
 UNIQUE (run_id, started_at, engine, client, server));
CREATE TABLE run_documents (id INTEGER PRIMARY KEY REFERENCES runs (id) ON DELETE CASCADE,
 document TEXT NOT NULL);
CREATE INDEX runs_started ON runs (started_at);
CREATE INDEX runs_trend ON runs (pair_client, pair_server, status, started_at, kind,
 throughput_bps, transactions_per_s, run_id);
INSERT INTO runs VALUES (3, 'tcp-2', 1793527200000, 1793527300000, 'run', 'iperf3', 'tcp',
  'send', '', 'iperf3 TCP send, 1 stream, 10 s', 'localhost', '127.0.0.1:40001', 'local',
  'local', 'local', 'local', '', '', 'ok', 8800000000, NULL);
INSERT INTO run_documents VALUES (3, '{"id":"tcp-2","engine":"iperf3","protocol":"tcp","direction":"send","client":"localhost","server":"127.0.0.1:40001","client_host":"local","server_host":"local","streams":1,"duration_s":10,"started_at":"2026-11-01T10:00:00.000Z","status":"ok","summary":{"throughput_bps":8800000000}}');
PRAGMA user_version = 2;
