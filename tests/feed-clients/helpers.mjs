// Shared plumbing for the feed client tests: HTTP calls to the live server, keys, and small async queues.
import { createClient as createWsClient } from 'graphql-ws';
import { createClient as createSseClient } from 'graphql-sse';
import WebSocket from 'ws';

export const adminKey = process.env.CEGRAPH_ADMIN_KEY;
export const nodeA = process.env.CEGRAPH_URL;
export const nodeB = process.env.CEGRAPH_URL_B; // second node on the same PostgreSQL database, when there is one

export const feedSelection = 'eventId cursor kind activityCode sponsorCode disciplineCodes statusBefore statusAfter changes { field before after }';

export async function gql(base, query, variables, key = adminKey) {
  const response = await fetch(new URL('/graphql', base), {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** The cursor of the log's last entry the admin sees (null for an empty log): subscribing after it misses nothing that follows. */
export async function endCursor(base = nodeA) {
  let after = null;
  for (let page = 0; page < 1000; page++) {
    const data = await gql(base, 'query($after: String) { catalogChanges(after: $after, first: 1000) { pageInfo { hasNextPage endCursor } } }', { after });
    const info = data.catalogChanges.pageInfo;
    if (info.endCursor) after = info.endCursor;
    if (!info.hasNextPage) return after;
  }
  throw new Error('log did not end');
}

export async function createKey(role, sponsorCode) {
  const data = await gql(nodeA, 'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret errors { message } } }',
    { input: { name: `feed-clients ${role}`, role, sponsorCode } });
  return data.createApiKey.secret;
}

/** Creates a key and returns its id too (to revoke it later). */
export async function createKeyWithId(role, sponsorCode) {
  const data = await gql(nodeA, 'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id } errors { message } } }',
    { input: { name: `feed-clients ${role}`, role, sponsorCode } });
  return { id: data.createApiKey.apiKey.id, secret: data.createApiKey.secret };
}

export async function revokeKey(id) {
  const data = await gql(nodeA, 'mutation($id: ID!) { revokeApiKey(input: { id: $id }) { errors { message } } }', { id });
  if (data.revokeApiKey.errors.length) throw new Error(JSON.stringify(data.revokeApiKey.errors));
}

let counter = 0;
export function uniqueCode(prefix) {
  counter += 1;
  return `${prefix}-${process.pid}-${counter}`;
}

export async function submit(code, base = nodeA, key = adminKey) {
  const data = await gql(base, 'mutation($input: SubmitActivityInput!) { submitActivity(input: $input) { errors { message } } }',
    { input: { code, title: `Feed client ${code}`, sponsorCode: 'SAMPLE-NWIE', credits: 1, ceCategory: 'A', approvedOn: '2022-01-01' } }, key);
  if (data.submitActivity.errors.length) throw new Error(JSON.stringify(data.submitActivity.errors));
}

export async function distribute(code, base = nodeA) {
  const data = await gql(base, 'mutation($input: AssignCreditDistributionInput!) { assignCreditDistribution(input: $input) { errors { message } } }',
    { input: { activityCode: code, disciplineCode: 'CT', kind: 'STRUCTURED_EDUCATION', lines: [{ categoryCode: 'S.1', credits: 1 }] } });
  if (data.assignCreditDistribution.errors.length) throw new Error(JSON.stringify(data.assignCreditDistribution.errors));
}

/** An async queue of a subscription's events; `take(n)` resolves with the next n (rejects on a stream error). */
export function inbox() {
  const items = [];
  const waiters = [];
  let failure = null;
  const settle = () => {
    while (waiters.length && (items.length >= waiters[0].n || failure)) {
      const w = waiters.shift();
      if (items.length >= w.n) w.resolve(items.splice(0, w.n));
      else w.reject(failure);
    }
  };
  return {
    sink: {
      next: (value) => { items.push(value); settle(); },
      error: (error) => { failure = error instanceof Error ? error : new Error(JSON.stringify(error)); settle(); },
      complete: () => { failure = failure ?? new Error('completed'); settle(); },
    },
    take: (n) => new Promise((resolve, reject) => { waiters.push({ n, resolve, reject }); settle(); }),
    pending: () => items.length,
  };
}

export function wsClient(base, key, extra = {}) {
  const url = new URL('/graphql', base);
  url.protocol = 'ws:';
  return createWsClient({ url: url.href, webSocketImpl: WebSocket, connectionParams: key ? { authorization: `Bearer ${key}` } : {}, retryAttempts: 0, lazy: true, ...extra });
}

export function sseClient(base, key) {
  return createSseClient({ url: new URL('/graphql/stream', base).href, headers: key ? { authorization: `Bearer ${key}` } : {}, retryAttempts: 0 });
}

export const subscription = `subscription($after: String, $kinds: [CatalogChangeKind!], $sponsorCodes: [String!]) {
  catalogChanged(after: $after, kinds: $kinds, sponsorCodes: $sponsorCodes) { ${feedSelection} } }`;

/** A raw WebSocket speaking graphql-transport-ws, for the protocol-level checks; resolves `closed` with {code, reason}. */
export function rawSocket(base) {
  const url = new URL('/graphql', base);
  url.protocol = 'ws:';
  const socket = new WebSocket(url.href, 'graphql-transport-ws');
  const messages = inbox();
  socket.on('message', (data) => messages.sink.next(JSON.parse(data.toString())));
  const opened = new Promise((resolve, reject) => { socket.once('open', resolve); socket.once('error', reject); });
  const closed = new Promise((resolve) => socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  return { socket, opened, closed, messages };
}
