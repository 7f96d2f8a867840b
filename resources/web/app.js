// Perfdeck live dashboard: reads the Server-Sent Events stream of /api/events through fetch
// (so the bearer token travels in a header, never in a URL), draws on <canvas> itself and
// starts/stops runs through the JSON API. No library, nothing loaded from elsewhere.
'use strict';

const state = { runs: [], totals: [], log: [], token: '' };

function takeTokenFromFragment() {
  const match = /(?:^|&)token=([^&]+)/.exec(location.hash.slice(1));
  if (match) {
    sessionStorage.setItem('perfdeck-token', decodeURIComponent(match[1]));
    history.replaceState(null, '', location.pathname); // out of the address bar and history
  }
  state.token = sessionStorage.getItem('perfdeck-token') || '';
  document.getElementById('token').value = state.token;
}

function headers(extra) {
  const h = Object.assign({}, extra || {});
  if (state.token) h['Authorization'] = 'Bearer ' + state.token;
  return h;
}

function formatRate(bps) {
  if (bps === null || bps === undefined) return '–';
  const units = ['bit/s', 'kbit/s', 'Mbit/s', 'Gbit/s', 'Tbit/s'];
  let i = 0;
  while (Math.abs(bps) >= 1000 && i < units.length - 1) { bps /= 1000; ++i; }
  return bps.toFixed(bps >= 100 ? 0 : bps >= 10 ? 1 : 2) + ' ' + units[i];
}

function figure(run) {
  if (run.transactions_per_s !== null) return run.transactions_per_s.toFixed(0) + ' trans/s';
  return formatRate(run.rate_bps);
}

function message(text, isError) {
  const m = document.getElementById('message');
  m.textContent = text;
  m.className = isError ? 'error' : '';
}

function sparkline(canvas, values) {
  const g = canvas.getContext('2d');
  g.clearRect(0, 0, canvas.width, canvas.height);
  if (values.length < 2) return;
  const max = Math.max(...values) || 1;
  g.beginPath();
  values.forEach((v, i) => {
    const x = i * (canvas.width - 1) / (values.length - 1);
    const y = canvas.height - 1 - v / max * (canvas.height - 2);
    if (i === 0) g.moveTo(x, y); else g.lineTo(x, y);
  });
  g.strokeStyle = '#07c';
  g.stroke();
}

function drawTotal() {
  const canvas = document.getElementById('total');
  const g = canvas.getContext('2d');
  g.clearRect(0, 0, canvas.width, canvas.height);
  const values = state.totals;
  const max = Math.max(1, ...values);
  // The axis at the left (its top and 0), the latest total at the top right, in the line's
  // colour: at the bottom left it read as the axis minimum.
  g.fillStyle = '#555';
  g.textAlign = 'left';
  g.fillText(formatRate(max), 4, 12);
  g.fillText('0', 4, canvas.height - 4);
  g.fillStyle = '#0a6';
  g.textAlign = 'right';
  g.fillText('now ' + formatRate(values.length ? values[values.length - 1] : 0),
             canvas.width - 4, 12);
  g.textAlign = 'left';
  if (values.length < 2) return;
  g.beginPath();
  // The line starts right of the "0" label, so a zero rate does not run through it.
  const left = 14;
  values.forEach((v, i) => {
    const x = left + i * (canvas.width - 1 - left) / (values.length - 1);
    const y = canvas.height - 1 - v / max * (canvas.height - 20);
    if (i === 0) g.moveTo(x, y); else g.lineTo(x, y);
  });
  g.strokeStyle = '#0a6';
  g.lineWidth = 2;
  g.stroke();
}

function cell(row, className) {
  const td = document.createElement('td');
  if (className) td.className = className;
  row.appendChild(td);
  return td;
}

function renderRuns() {
  const body = document.querySelector('#runs tbody');
  for (const run of state.runs) {
    let row = body.querySelector('tr[data-run="' + CSS.escape(run.id) + '"]');
    if (!row) {
      row = document.createElement('tr');
      row.dataset.run = run.id;
      cell(row, 'id').textContent = run.id;
      cell(row, 'label');
      cell(row, 'pair');
      cell(row, 'status');
      cell(row, 'rate');
      const spark = document.createElement('canvas');
      spark.width = 120; spark.height = 24;
      cell(row, 'recent').appendChild(spark);
      cell(row, 'progress').appendChild(document.createElement('progress'));
      cell(row, 'cpu');
      const stop = document.createElement('button');
      stop.className = 'stop';
      stop.textContent = 'Stop';
      stop.addEventListener('click', () => stopRun(run.id));
      cell(row, 'actions').appendChild(stop);
      body.prepend(row);
    }
    row.querySelector('.label').textContent = run.label;
    row.querySelector('.pair').textContent = run.pair;
    const status = row.querySelector('.status');
    status.textContent = run.status + (run.error ? ': ' + run.error : '');
    status.className = 'status status-' + run.status;
    row.querySelector('.rate').textContent = figure(run);
    sparkline(row.querySelector('.recent canvas'), run.recent);
    const progress = row.querySelector('progress');
    progress.max = 1;
    progress.value = run.progress;
    progress.title = run.elapsed_s.toFixed(1) + ' / ' + run.total_s.toFixed(0) + ' s';
    const cpu = [run.client_cpu_percent, run.server_cpu_percent]
      .map(v => v === null || v === undefined ? '–' : v.toFixed(0) + ' %');
    row.querySelector('.cpu').textContent = cpu.join(' / ');
    const active = ['starting', 'running'].includes(run.status);
    row.querySelector('button.stop').disabled = !active;
  }
}

function onRuns(runs) {
  state.runs = runs;
  const total = runs.filter(r => r.status === 'running')
    .reduce((sum, r) => sum + (r.rate_bps || 0), 0);
  state.totals.push(total);
  if (state.totals.length > 600) state.totals.shift();
  renderRuns();
  drawTotal();
}

function renderLog() {
  const level = document.getElementById('log-level').value;
  const run = document.getElementById('log-run').value.trim();
  const pre = document.getElementById('log');
  pre.textContent = '';
  for (const e of state.log) {
    if (level && e.level !== level) continue;
    if (run && e.run !== run) continue;
    const line = document.createElement('div');
    line.className = 'level-' + e.level;
    line.textContent = e.time.slice(11, 23) + ' ' + (e.run || '-') + ' ' + e.origin + ': ' +
      e.text;
    pre.appendChild(line);
  }
  pre.scrollTop = pre.scrollHeight;
}

function onLog(entry) {
  state.log.push(entry);
  if (state.log.length > 2000) state.log.shift();
}

async function follow() {
  // Reconnects after a drop; the first event of a stream is the full list of runs.
  for (;;) {
    try {
      const response = await fetch('/api/events', { headers: headers() });
      if (!response.ok) {
        document.getElementById('connection').textContent =
          response.status === 401 ? 'enter the token to watch' : 'error ' + response.status;
        await new Promise(r => setTimeout(r, 2000));
        continue;
      }
      document.getElementById('connection').textContent = 'live';
      const reader = response.body.getReader();
      const decoder = new TextDecoder();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let end;
        let logChanged = false;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          let event = 'message';
          let data = '';
          for (const line of block.split('\n')) {
            if (line.startsWith('event: ')) event = line.slice(7);
            else if (line.startsWith('data: ')) data += line.slice(6);
          }
          if (!data) continue;
          if (event === 'runs') onRuns(JSON.parse(data));
          else if (event === 'log') { onLog(JSON.parse(data)); logChanged = true; }
        }
        if (logChanged) renderLog();
      }
    } catch (e) {
      document.getElementById('connection').textContent = 'disconnected, retrying…';
    }
    await new Promise(r => setTimeout(r, 1000));
  }
}

async function api(method, path, body) {
  const response = await fetch(path, {
    method,
    headers: headers(body ? { 'Content-Type': 'application/json' } : {}),
    body: body ? JSON.stringify(body) : undefined,
  });
  let payload = {};
  try { payload = await response.json(); } catch (e) { /* empty body */ }
  if (!response.ok) throw new Error(payload.error || ('HTTP ' + response.status));
  return payload;
}

async function stopRun(id) {
  try {
    await api('DELETE', '/api/runs/' + encodeURIComponent(id));
    message('stopping ' + id);
  } catch (e) {
    message('Stop ' + id + ': ' + e.message, true);
  }
}

async function startRun(event) {
  event.preventDefault();
  const spec = {
    duration_s: Number(document.getElementById('duration').value),
    protocol: document.getElementById('protocol').value,
    parallel: Number(document.getElementById('parallel').value),
    direction: document.getElementById('reverse').checked ? 'receive' : 'send',
  };
  // Inventory hosts where Perfdeck starts the client and the server over SSH (empty: here).
  const clientHost = document.getElementById('client-host').value;
  const serverHost = document.getElementById('server-host').value;
  if (clientHost) spec.client_host = clientHost;
  if (serverHost) spec.server_host = serverHost;
  // An inventory host's own iperf3 server, or (empty) the embedded one on 127.0.0.1.
  const target = document.getElementById('target').value;
  if (target && !serverHost) {
    spec.host = target;
    const port = Number(document.getElementById('port').value);
    if (port) spec.port = port;
  }
  try {
    const reply = await api('POST', '/api/runs', spec);
    message('started ' + reply.id);
  } catch (e) {
    message('Start: ' + e.message, true);
  }
}

// Keeps a list's options after its first one ("embedded", "this machine") in step with
// values, and the choice where it is still offered.
function fillSelect(id, values) {
  const select = document.getElementById(id);
  const shown = Array.from(select.options).slice(1).map(o => o.value);
  if (JSON.stringify(shown) === JSON.stringify(values)) return;
  const chosen = select.value;
  while (select.options.length > 1) select.remove(1);
  for (const value of values) {
    const option = document.createElement('option');
    option.value = value;
    option.textContent = value;
    select.appendChild(option);
  }
  select.value = values.includes(chosen) ? chosen : '';
}

// The servers a run may target (the inventory's hosts' addresses), and the inventory hosts a
// run may start its client or server on, as /api/status lists them.
function showTargetsAndHosts(targets, hosts) {
  fillSelect('target', targets);
  fillSelect('client-host', hosts);
  fillSelect('server-host', hosts);
  serverHostChanged();
}

// A server Perfdeck starts on an inventory host replaces the choice of an existing server.
function serverHostChanged() {
  const started = document.getElementById('server-host').value !== '';
  const target = document.getElementById('target');
  target.disabled = started;
  document.getElementById('port').disabled = started || !target.value;
}

async function showStatus() {
  try {
    const s = await api('GET', '/api/status');
    document.getElementById('status').textContent =
      'pid ' + s.pid + ', ' + s.active_runs + ' active, ' + s.listen + (s.tls ? ' (TLS)' : '');
    showTargetsAndHosts(s.targets || [], s.hosts || []);
  } catch (e) { /* shown by the stream's state */ }
}

takeTokenFromFragment();
document.getElementById('token').addEventListener('change', e => {
  state.token = e.target.value.trim();
  sessionStorage.setItem('perfdeck-token', state.token);
});
document.getElementById('start-form').addEventListener('submit', startRun);
document.getElementById('server-host').addEventListener('change', serverHostChanged);
document.getElementById('target').addEventListener('change', e => {
  document.getElementById('port').disabled = !e.target.value;
});
document.getElementById('port').disabled = true;
document.getElementById('log-level').addEventListener('change', renderLog);
document.getElementById('log-run').addEventListener('input', renderLog);
setInterval(showStatus, 2000);
showStatus();
follow();
