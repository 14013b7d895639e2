// Throughput in the first seconds after start-up: as soon as the server answers, sends one query over 4 keep-alive
// connections for SECONDS and prints the requests answered in each half second (loopback only).
//   node bench/startup/first-seconds.mjs http://127.0.0.1:PORT/graphql SECONDS
// first-seconds.sh starts the server and calls this once the first query has been answered.
import http from 'node:http';

const [url, secondsText] = process.argv.slice(2);
const target = new URL(url);
if (!['127.0.0.1', 'localhost', '[::1]'].includes(target.hostname)) throw new Error('loopback addresses only');
const body = Buffer.from(JSON.stringify({ query: '{ discipline(code: "CT") { code name outlines { version categories { code name } } } activities(first: 20) { edges { node { code title credits sponsor { code } } } } }' }));
const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
const durationMs = Number(secondsText) * 1000;
const bucketMs = 500;
const buckets = new Array(Math.ceil(durationMs / bucketMs)).fill(0);
const started = performance.now();

function send() {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: target.hostname, port: target.port, path: target.pathname, method: 'POST', agent,
      headers: { 'content-type': 'application/json', 'content-length': body.length } }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => { text += chunk; });
      response.on('end', () => (response.statusCode === 200 && !text.includes('"errors"') ? resolve() : reject(new Error(`status ${response.statusCode}: ${text.slice(0, 300)}`))));
    });
    request.on('error', reject);
    request.end(body);
  });
}

async function worker() {
  for (;;) {
    await send();
    const at = performance.now() - started;
    if (at >= durationMs) return;
    buckets[Math.floor(at / bucketMs)]++;
  }
}

await Promise.all([worker(), worker(), worker(), worker()]);
console.log(`requests per ${bucketMs} ms: ${buckets.join(' ')}`);
