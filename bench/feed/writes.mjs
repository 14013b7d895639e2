// Write throughput for docs/benchmarks.md (the change log's cost on mutations): M submitActivity mutations from C concurrent
// loops against one server on loopback; prints mutations/s and latency percentiles. Bounded in count (M) and time (120 s).
// Usage: node bench/feed/writes.mjs URL ADMIN_KEY [M=2000] [C=4] [PREFIX=WRITES]
const [base, key, m = '2000', c = '4', prefix = 'WRITES'] = process.argv.slice(2);
const total = Number(m);
const loops = Number(c);
const deadline = performance.now() + 120_000;
const query = 'mutation($i: SubmitActivityInput!) { submitActivity(input: $i) { activity { code } errors { message } } }';
let next = 0;
let failures = 0;
const latencies = [];

async function loop() {
  while (next < total && performance.now() < deadline) {
    const n = next++;
    const code = `${prefix}-${process.pid}-${n}`;
    const started = performance.now();
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ query, variables: { i: { code, title: code, sponsorCode: 'SAMPLE-NWIE', credits: 1, ceCategory: 'A', approvedOn: '2022-01-01' } } }),
    });
    const body = await response.json();
    latencies.push(performance.now() - started);
    if (body.errors || body.data?.submitActivity?.errors?.length) failures += 1;
  }
}

const started = performance.now();
await Promise.all(Array.from({ length: loops }, loop));
const seconds = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))].toFixed(1);
console.log(JSON.stringify({
  mutations: latencies.length, concurrency: loops, failures, seconds: seconds.toFixed(1),
  perSecond: (latencies.length / seconds).toFixed(1), p50ms: pct(0.5), p99ms: pct(0.99),
}));
