// Fan-out figure for docs/benchmarks.md: N WebSocket subscribers (graphql-transport-ws) on one node, then M submitActivity
// mutations one after another; per event, the time from sending the mutation to each subscriber's receipt. Prints p50/p99/max
// the server's CPU time per event (each event includes its submitActivity mutation), and the server's resident memory before
// and after the N idle subscriptions (from /proc/<pid>/status and /proc/<pid>/stat; clock ticks assumed 100 Hz).
// Usage: node bench/feed/fanout.mjs URL ADMIN_KEY SERVER_PID [N=1000] [M=20]
import WebSocket from '../../tests/feed-clients/node_modules/ws/wrapper.mjs';
import { readFileSync } from 'node:fs';

const [base, key, pid, n = '1000', m = '20'] = process.argv.slice(2);
const subscribers = Number(n);
const events = Number(m);
// Server CPU time (user + system, ms) from /proc/<pid>/stat: the server's own work, less sensitive to other load than latency.
const cpuMs = () => { const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' '); return (Number(f[11]) + Number(f[12])) * 10; };
const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]); // KiB
const gql = async (query, variables) => (await (await fetch(`${base}/graphql`, {
  method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: JSON.stringify({ query, variables }),
})).json());

const before = rss();
const received = new Map(); // code -> receipt times
const sockets = [];
for (let i = 0; i < subscribers; i++) {
  const socket = new WebSocket(base.replace('http', 'ws') + '/graphql', 'graphql-transport-ws');
  await new Promise((resolve, reject) => { socket.once('open', resolve); socket.once('error', reject); });
  await new Promise((resolve) => {
    socket.on('message', (data) => {
      const message = JSON.parse(data.toString());
      if (message.type === 'connection_ack') {
        socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: 'subscription { catalogChanged(kinds: [ACTIVITY_SUBMITTED]) { activityCode } }' } }));
        resolve();
      } else if (message.type === 'next') {
        const code = message.payload.data.catalogChanged.activityCode;
        (received.get(code) ?? received.set(code, []).get(code)).push(performance.now());
      } else if (message.type === 'ping') {
        socket.send('{"type":"pong"}');
      }
    });
    socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${key}` } }));
  });
  sockets.push(socket);
}
// Subscriptions register asynchronously after `subscribe`: wait (bounded) until the server reports them all.
for (let i = 0; i < 100; i++) {
  const probe = `FANOUT-PROBE-${process.pid}-${i}`;
  await gql('mutation($i: SubmitActivityInput!) { submitActivity(input: $i) { errors { message } } }', { i: { code: probe, title: probe, sponsorCode: 'SAMPLE-NWIE', credits: 1, ceCategory: 'A', approvedOn: '2022-01-01' } });
  const deadline = performance.now() + 5000;
  while ((received.get(probe)?.length ?? 0) < subscribers && performance.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  if ((received.get(probe)?.length ?? 0) === subscribers) break;
}
const idle = rss();
const cpuBefore = cpuMs();
const latencies = [];
for (let e = 0; e < events; e++) {
  const code = `FANOUT-${process.pid}-${e}`;
  const sent = performance.now();
  await gql('mutation($i: SubmitActivityInput!) { submitActivity(input: $i) { errors { message } } }', { i: { code, title: code, sponsorCode: 'SAMPLE-NWIE', credits: 1, ceCategory: 'A', approvedOn: '2022-01-01' } });
  const deadline = performance.now() + 10000;
  while ((received.get(code)?.length ?? 0) < subscribers && performance.now() < deadline) await new Promise((r) => setTimeout(r, 5));
  const times = received.get(code) ?? [];
  if (times.length < subscribers) console.log(`event ${e}: only ${times.length}/${subscribers} received within 10 s`);
  latencies.push(...times.map((t) => t - sent));
}
const serverCpuMsPerEvent = ((cpuMs() - cpuBefore) / events).toFixed(1);
latencies.sort((a, b) => a - b);
const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))].toFixed(1);
console.log(JSON.stringify({
  subscribers, events, deliveries: latencies.length, p50ms: pct(0.5), p99ms: pct(0.99), maxms: latencies.at(-1)?.toFixed(1),
  serverCpuMsPerEvent, rssBeforeKiB: before, rssIdleKiB: idle, perIdleSubscriptionKiB: ((idle - before) / subscribers).toFixed(1),
}));
sockets.forEach((s) => s.close());
