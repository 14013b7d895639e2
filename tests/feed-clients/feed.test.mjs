// The change feed through the real npm clients (graphql-ws over WebSocket, graphql-sse over SSE) against a live server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  adminKey, nodeA, nodeB, createKey, createKeyWithId, distribute, endCursor, inbox, rawSocket, revokeKey, sseClient, submit, subscription, uniqueCode, wsClient,
} from './helpers.mjs';

const ours = (code) => (event) => event.data.catalogChanged.activityCode === code;

test('graphql-ws: subscribe, mutate, receive', async () => {
  const client = wsClient(nodeA, adminKey);
  try {
    const after = await endCursor();
    const events = inbox();
    client.subscribe({ query: subscription, variables: { after } }, events.sink);
    const code = uniqueCode('WS-LIVE');
    await submit(code);
    const [event] = await events.take(1);
    assert.equal(event.data.catalogChanged.kind, 'ACTIVITY_SUBMITTED');
    assert.equal(event.data.catalogChanged.activityCode, code);
  } finally {
    await client.dispose();
  }
});

test('graphql-ws: drop the connection, resume from the cursor, no gap and no duplicate', async () => {
  const start = await endCursor();
  const codes = [1, 2, 3, 4].map(() => uniqueCode('WS-RESUME'));
  const first = wsClient(nodeA, adminKey);
  const firstEvents = inbox();
  first.subscribe({ query: subscription, variables: { after: start } }, firstEvents.sink);
  await submit(codes[0]);
  const [one] = await firstEvents.take(1);
  assert.equal(one.data.catalogChanged.activityCode, codes[0]);
  await first.dispose();

  await submit(codes[1]); // while disconnected
  await submit(codes[2]);
  const second = wsClient(nodeA, adminKey);
  try {
    const events = inbox();
    second.subscribe({ query: subscription, variables: { after: one.data.catalogChanged.cursor } }, events.sink);
    const replayed = await events.take(2);
    await submit(codes[3]); // live after the replay
    const [live] = await events.take(1);
    assert.deepEqual([...replayed, live].map((e) => e.data.catalogChanged.activityCode), codes.slice(1));
    const ids = [one, ...replayed, live].map((e) => e.data.catalogChanged.eventId);
    assert.equal(new Set(ids).size, 4);
  } finally {
    await second.dispose();
  }
});

test('graphql-sse: subscribe, mutate, receive; resume from the cursor', async () => {
  const start = await endCursor();
  const codes = [1, 2, 3].map(() => uniqueCode('SSE'));
  const client = sseClient(nodeA, adminKey);
  const events = inbox();
  const stop = client.subscribe({ query: subscription, variables: { after: start } }, events.sink);
  await submit(codes[0]);
  const [one] = await events.take(1);
  assert.equal(one.data.catalogChanged.activityCode, codes[0]);
  stop();
  client.dispose();

  await submit(codes[1]);
  const again = sseClient(nodeA, adminKey);
  try {
    const more = inbox();
    again.subscribe({ query: subscription, variables: { after: one.data.catalogChanged.cursor } }, more.sink);
    const [replayed] = await more.take(1);
    await submit(codes[2]);
    const [live] = await more.take(1);
    assert.deepEqual([replayed, live].map((e) => e.data.catalogChanged.activityCode), codes.slice(1));
  } finally {
    again.dispose();
  }
});

test('graphql-ws: a key revoked while subscribed receives nothing more, and the socket closes with 4403', async () => {
  const { id, secret } = await createKeyWithId('REVIEWER');
  const start = await endCursor();
  const codes = [uniqueCode('WS-REVOKE'), uniqueCode('WS-REVOKE')];
  const client = wsClient(nodeA, secret);
  const closed = new Promise((resolve) => client.on('closed', (event) => resolve(event.code)));
  try {
    const events = inbox();
    client.subscribe({ query: subscription, variables: { after: start, kinds: ['ACTIVITY_SUBMITTED'] } }, events.sink);
    await submit(codes[0]);
    const [first] = await events.take(1);
    assert.equal(first.data.catalogChanged.activityCode, codes[0]);
    await revokeKey(id);
    await submit(codes[1]);
    assert.equal(await closed, 4403);
    assert.equal(events.pending(), 0);
  } finally {
    await client.dispose();
  }
});

test('graphql-sse: a key revoked while subscribed receives nothing more; the stream ends with UNAUTHENTICATED, then completes', async () => {
  const { id, secret } = await createKeyWithId('REVIEWER');
  const start = await endCursor();
  const codes = [uniqueCode('SSE-REVOKE'), uniqueCode('SSE-REVOKE')];
  const client = sseClient(nodeA, secret);
  try {
    const events = inbox();
    let completed;
    const done = new Promise((resolve) => { completed = resolve; });
    client.subscribe({ query: subscription, variables: { after: start, kinds: ['ACTIVITY_SUBMITTED'] } }, {
      next: events.sink.next, error: events.sink.error, complete: () => { completed(); events.sink.complete(); },
    });
    await submit(codes[0]);
    const [first] = await events.take(1);
    assert.equal(first.data.catalogChanged.activityCode, codes[0]);
    await revokeKey(id);
    await submit(codes[1]);
    const [refusal] = await events.take(1);
    assert.equal(refusal.errors[0].extensions.code, 'UNAUTHENTICATED');
    assert.equal(refusal.data, undefined);
    await done;
    assert.equal(events.pending(), 0);
  } finally {
    client.dispose();
  }
});

test('visibility: anonymous and PARTNER see published activities only, SPONSOR its own submissions too', async () => {
  const start = await endCursor();
  const partnerKey = await createKey('PARTNER');
  const sponsorKey = await createKey('SPONSOR', 'SAMPLE-NWIE');
  const code = uniqueCode('VIS');
  const clients = [wsClient(nodeA, null), wsClient(nodeA, partnerKey), wsClient(nodeA, sponsorKey)];
  try {
    const boxes = clients.map((client) => {
      const box = inbox();
      client.subscribe({ query: subscription, variables: { after: start, sponsorCodes: ['SAMPLE-NWIE'] } }, box.sink);
      return box;
    });
    await submit(code, nodeA, sponsorKey);
    await distribute(code);
    const [anonymous] = await boxes[0].take(1);
    const [partner] = await boxes[1].take(1);
    const sponsor = await boxes[2].take(2);
    assert.equal(anonymous.data.catalogChanged.kind, 'DISTRIBUTION_ASSIGNED');
    assert.equal(anonymous.data.catalogChanged.activityCode, code);
    assert.equal(partner.data.catalogChanged.kind, 'DISTRIBUTION_ASSIGNED');
    assert.deepEqual(sponsor.map((e) => e.data.catalogChanged.kind), ['ACTIVITY_SUBMITTED', 'DISTRIBUTION_ASSIGNED']);
  } finally {
    await Promise.all(clients.map((c) => c.dispose()));
  }
});

test('protocol: subscribe before connection_init closes with 4401; an unknown key with 4403; a second init with 4429', async () => {
  const early = rawSocket(nodeA);
  await early.opened;
  early.socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: '{ __typename }' } }));
  assert.equal((await early.closed).code, 4401);

  const forbidden = rawSocket(nodeA);
  await forbidden.opened;
  forbidden.socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: 'Bearer not-a-key' } }));
  assert.equal((await forbidden.closed).code, 4403);

  const twice = rawSocket(nodeA);
  await twice.opened;
  twice.socket.send(JSON.stringify({ type: 'connection_init' }));
  const [ack] = await twice.messages.take(1);
  assert.equal(ack.type, 'connection_ack');
  twice.socket.send(JSON.stringify({ type: 'ping' }));
  const [pong] = await twice.messages.take(1);
  assert.equal(pong.type, 'pong');
  twice.socket.send(JSON.stringify({ type: 'connection_init' }));
  assert.equal((await twice.closed).code, 4429);
});

test('limits: connection_init timeout 4408, message size 1009, subscriptions per key', async () => {
  const silent = rawSocket(nodeA);
  await silent.opened;
  assert.equal((await silent.closed).code, 4408); // the server under test waits 2 s (run.sh)

  const big = rawSocket(nodeA);
  await big.opened;
  big.socket.send(JSON.stringify({ type: 'connection_init', payload: { padding: 'x'.repeat(70 * 1024) } }));
  assert.equal((await big.closed).code, 1009);

  const key = await createKey('PARTNER');
  const socket = rawSocket(nodeA);
  await socket.opened;
  socket.socket.send(JSON.stringify({ type: 'connection_init', payload: { apiKey: key } }));
  await socket.messages.take(1);
  const limit = Number(process.env.Subscriptions__MaxSubscriptionsPerKey);
  for (let i = 0; i <= limit; i++) {
    socket.socket.send(JSON.stringify({ id: `s${i}`, type: 'subscribe', payload: { query: 'subscription { catalogChanged { eventId } }' } }));
  }
  const [refusal] = await socket.messages.take(1);
  assert.equal(refusal.type, 'error');
  assert.equal(refusal.id, `s${limit}`);
  assert.equal(refusal.payload[0].extensions.code, 'TOO_MANY_SUBSCRIPTIONS');
  socket.socket.close();
});

test('two nodes on PostgreSQL: an event written through one reaches subscribers of the other', { skip: nodeB ? false : 'no second node: needs PostgreSQL (CEGRAPH_TEST_POSTGRES)' }, async () => {
  const start = await endCursor(nodeB);
  const client = wsClient(nodeB, adminKey);
  try {
    const events = inbox();
    client.subscribe({ query: subscription, variables: { after: start } }, events.sink);
    const code = uniqueCode('TWO-NODES');
    await submit(code, nodeA);
    const [event] = await events.take(1);
    assert.equal(event.data.catalogChanged.activityCode, code);
  } finally {
    await client.dispose();
  }
});

test('PostgreSQL is present when CEGRAPH_REQUIRE_POSTGRES=1', () => {
  if (process.env.CEGRAPH_REQUIRE_POSTGRES === '1') assert.ok(nodeB, 'CEGRAPH_REQUIRE_POSTGRES=1 but no PostgreSQL second node ran');
});
