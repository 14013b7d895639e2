// Drives CeGraph's canonical operations with autocannon and prints one markdown row per scenario.
// Usage: node load.mjs --url http://127.0.0.1:PORT [--duration 15] [--connections 16] [--pid SERVER_PID]
//                      [--admin-key SECRET] [--scenarios outline,page50,filtered50,activity,evaluate]
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, value, i, all) =>
  value.startsWith('--') ? [...pairs, [value.slice(2), all[i + 1]]] : pairs, []));
const url = args.url ?? 'http://127.0.0.1:5080';
const duration = Number(args.duration ?? 15);
const connections = Number(args.connections ?? 16);
const wanted = (args.scenarios ?? 'outline,page50,filtered50,activity,evaluate').split(',');

const PAGE_FIELDS = 'nodes { code sponsor { name } distributions { discipline { code } lines { credits category { name parent { name } } } } }';
const QUERIES = {
  outline: '{ discipline(code: "CT") { outlines { kind version categories { code name examItems children { code name children { code name } } } } } }',
  page50: `{ activities(first: 50) { ${PAGE_FIELDS} } }`,
  filtered50: `{ activities(first: 50, where: { disciplineCode: { eq: "CT" } }) { ${PAGE_FIELDS} } }`,
};

async function graphql(query, variables, key) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function evaluateScenario() {
  if (!args['admin-key']) throw new Error('--admin-key is needed for the evaluate scenario');
  const created = await graphql('mutation { createApiKey(input: { name: "load test", role: PARTNER }) { secret errors { message } } }', {}, args['admin-key']);
  const partnerKey = created.createApiKey.secret;
  const ct = await graphql('{ discipline(code: "CT") { requirements { id } } }');
  const page = await graphql('{ activities(first: 20, where: { disciplineCode: { eq: "CT" }, status: { eq: DISTRIBUTED } }) { nodes { code } } }');
  const completions = page.activities.nodes.map((a) => ({ activityCode: a.code, completedOn: '2026-01-15' }));
  if (completions.length < 20) throw new Error(`only ${completions.length} CT activities found`);
  const query = 'mutation($input: EvaluateRequirementInput!) { evaluateRequirement(input: $input) { check { id fulfilled countedCredits rules { required earned remaining satisfied } } errors { code } } }';
  const variables = { input: { requirementId: ct.discipline.requirements[0].id, asOf: '2026-06-30', completions } };
  return { body: JSON.stringify({ query, variables }), key: partnerKey };
}

async function activityScenario() {
  const first = await graphql('{ activities(first: 1, order: [{ code: DESC }]) { nodes { code } } }');
  const code = args['activity-code'] ?? first.activities.nodes[0].code;
  return { body: JSON.stringify({ query: `{ activity(code: "${code}") { code title credits sponsor { name } distributions { discipline { code } kind totalCredits lines { credits category { code name } } } } }` }) };
}

function peakRss(pid) {
  if (!pid) return 'n/a';
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)[1]);
  return `${(kb / 1024).toFixed(0)} MiB`;
}

const rows = [];
for (const name of wanted) {
  const scenario = name === 'evaluate' ? await evaluateScenario()
    : name === 'activity' ? await activityScenario()
    : { body: JSON.stringify({ query: QUERIES[name] }) };
  // One request first, so a broken scenario fails loudly instead of measuring errors.
  const probe = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(scenario.key ? { authorization: `Bearer ${scenario.key}` } : {}) }, body: scenario.body });
  const probeBody = await probe.json();
  if (probe.status !== 200 || probeBody.errors || JSON.stringify(probeBody).includes('"errors":[{')) throw new Error(`${name}: ${probe.status} ${JSON.stringify(probeBody).slice(0, 300)}`);
  const result = await autocannon({
    url: `${url}/graphql`, method: 'POST', connections, duration,
    headers: { 'content-type': 'application/json', ...(scenario.key ? { authorization: `Bearer ${scenario.key}` } : {}) },
    body: scenario.body,
  });
  const failures = result.non2xx + result.errors + result.timeouts;
  rows.push(`| ${name} | ${connections} | ${result.requests.average.toFixed(0)} | ${result.latency.p50} | ${result.latency.p99} | ${result.requests.total} | ${failures} | ${peakRss(args.pid)} |`);
  console.error(`${name}: ${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, failures ${failures}`);
  if (failures > 0) process.exitCode = 1;
}

console.log('| scenario | connections | requests/s | p50 ms | p99 ms | requests | non-2xx/errors | server peak RSS so far |');
console.log('|---|---|---|---|---|---|---|---|');
for (const row of rows) console.log(row);
