// Server CPU per request: sends one request body N times over 8 keep-alive connections (loopback only) and divides the
// server processes' user+system CPU (from /proc/PID/stat, summed over the comma-separated PIDs) by N. Unlike
// requests/s, this stays comparable when other work shares the machine, so two builds can be compared on a busy one.
//   node bench/cpu-per-request.mjs http://127.0.0.1:5080/graphql body.json 2000 PID[,PID...]
// body.json is the POST body ({"query": ..., "variables": ...}). 200 untimed requests warm up first.
import http from 'node:http';
import fs from 'node:fs';

const [url, bodyFile, countText, pids] = process.argv.slice(2);
const count = Number(countText);
const target = new URL(url);
if (!['127.0.0.1', 'localhost', '[::1]'].includes(target.hostname)) throw new Error('loopback addresses only');
const body = fs.readFileSync(bodyFile);
const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
const ticksPerSecond = 100;
const cpuMs = () => pids.split(',').reduce((sum, pid) => {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return sum + (Number(fields[11]) + Number(fields[12])) * (1000 / ticksPerSecond);
}, 0);

function send() {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: target.hostname, port: target.port, path: target.pathname, method: 'POST', agent,
      headers: { 'content-type': 'application/json', 'content-length': body.length } }, (response) => {
      response.resume();
      response.on('end', () => (response.statusCode === 200 ? resolve() : reject(new Error(`status ${response.statusCode}`))));
    });
    request.setTimeout(60_000, () => request.destroy(new Error('timeout')));
    request.on('error', reject);
    request.end(body);
  });
}

async function run(n) {
  let sent = 0;
  await Promise.all(Array.from({ length: 8 }, async () => { while (sent++ < n) await send(); }));
}

await run(Math.min(200, count));
const before = cpuMs();
const started = Date.now();
await run(count);
console.log(JSON.stringify({ cpu_ms_per_req: +((cpuMs() - before) / count).toFixed(3), requests: count, wall_s: (Date.now() - started) / 1000 }));
agent.destroy();
