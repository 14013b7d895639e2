// Runs the official GraphQL-over-HTTP audit suite (graphql-http's serverAudits) against a running server.
// Usage: node audit.mjs http://127.0.0.1:PORT/graphql
// Prints every result; exits 1 when any MUST audit fails (SHOULD/MAY failures are listed, not fatal).
import { serverAudits } from 'graphql-http';

const url = process.argv[2] ?? process.env.GRAPHQL_URL;
if (!url) {
  console.error('usage: node audit.mjs <graphql endpoint url>');
  process.exit(2);
}

const fetchWithTimeout = (input, init = {}) => fetch(input, { ...init, signal: AbortSignal.timeout(10_000) });
const results = [];
for (const audit of serverAudits({ url, fetchFn: fetchWithTimeout })) {
  results.push(await audit.fn());
}

const level = (r) => (r.name.startsWith('MUST') ? 'MUST' : r.name.startsWith('SHOULD') ? 'SHOULD' : 'MAY');
for (const r of results) {
  console.log(`${r.status === 'ok' ? 'ok  ' : r.status.padEnd(4)} ${r.id} ${r.name}`);
  if (r.status !== 'ok') {
    console.log(`       -> ${r.reason}`);
  }
}

const failed = results.filter((r) => r.status !== 'ok');
const summary = (lvl) => {
  const all = results.filter((r) => level(r) === lvl);
  return `${lvl}: ${all.length - all.filter((r) => r.status !== 'ok').length}/${all.length} passed`;
};
console.log(`\n${summary('MUST')}, ${summary('SHOULD')}, ${summary('MAY')}`);
for (const lvl of ['SHOULD', 'MAY']) {
  for (const r of failed.filter((x) => level(x) === lvl)) {
    console.log(`${lvl} not met: ${r.id} ${r.name}: ${r.reason}`);
  }
}

const mustFailures = failed.filter((r) => level(r) === 'MUST' || r.status === 'error');
if (mustFailures.length > 0) {
  console.error(`\n${mustFailures.length} MUST audit(s) failed.`);
  process.exit(1);
}
