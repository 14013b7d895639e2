// Apollo Client 4 against the live server: pages through every activity with relayStylePagination (no duplicates,
// count = totalCount, normalised by id), and automatic persisted queries with PersistedQueryLink (sha256) over POST and GET.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { relayStylePagination } from '@apollo/client/utilities';
import { serverUrl } from './helpers.mjs';

const sha256 = (text) => createHash('sha256').update(text, 'utf8').digest('hex');

/** A fetch that records what Apollo sent and what came back. */
function recordingFetch(log) {
  return async (input, init) => {
    const response = await fetch(input, init);
    const body = await response.clone().json();
    const url = new URL(typeof input === 'string' ? input : input.url);
    const sent = init?.method === 'GET' || !init?.body
      ? { method: 'GET', query: url.searchParams.get('query'), extensions: JSON.parse(url.searchParams.get('extensions') ?? 'null') }
      : { method: 'POST', ...JSON.parse(init.body) };
    log.push({ sent, status: response.status, body });
    return response;
  };
}

function client({ persisted = false, useGET = false, log = [] } = {}) {
  const http = new HttpLink({ uri: serverUrl(), fetch: recordingFetch(log) });
  const link = persisted ? ApolloLink.from([new PersistedQueryLink({ sha256, useGETForHashedQueries: useGET }), http]) : http;
  const cache = new InMemoryCache({ typePolicies: { Query: { fields: { activities: relayStylePagination(['where', 'order']) } } } });
  return { apollo: new ApolloClient({ link, cache }), cache, log };
}

const PAGE = gql`
  query EveryActivity($first: Int!, $after: String) {
    activities(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id code title credits sponsor { id name } } }
    }
  }
`;

test('Apollo pages through every activity with relayStylePagination: no duplicates, count = totalCount, normalised by id', async () => {
  const { apollo, cache } = client();
  let after = null;
  let totalCount = -1;
  let pages = 0;
  for (;;) {
    const { data } = await apollo.query({ query: PAGE, variables: { first: 50, after }, fetchPolicy: 'network-only' });
    totalCount = data.activities.totalCount;
    pages++;
    assert.ok(pages <= 100, 'paging must end');
    if (!data.activities.pageInfo.hasNextPage) {
      break;
    }
    after = data.activities.pageInfo.endCursor;
  }

  const merged = apollo.readQuery({ query: PAGE, variables: { first: 50, after: null } });
  const ids = merged.activities.edges.map((e) => e.node.id);
  assert.ok(totalCount > 50, `expected several pages, totalCount ${totalCount}`);
  assert.equal(ids.length, totalCount);
  assert.equal(new Set(ids).size, totalCount);
  const stored = cache.extract();
  const activityEntries = Object.keys(stored).filter((key) => key.startsWith('Activity:'));
  assert.equal(activityEntries.length, totalCount);
  assert.equal(cache.identify(merged.activities.edges[0].node), `Activity:${ids[0]}`);
  const sponsor = merged.activities.edges[0].node.sponsor;
  assert.ok(stored[cache.identify(sponsor)], 'sponsors are normalised by id too');
});

for (const useGET of [false, true]) {
  test(`automatic persisted queries (${useGET ? 'GET' : 'POST'} for hashed queries): unknown hash, then the text, then the hash alone`, async () => {
    const marker = `apq${useGET ? 'get' : 'post'}${process.pid}${Date.now()}`;
    // An alias unique to this run, so the server has never seen this text.
    const QUERY = gql(`query Disciplines${useGET ? 'Get' : 'Post'} { ${marker}: disciplines { id code name } }`);

    const first = client({ persisted: true, useGET });
    const { data } = await first.apollo.query({ query: QUERY, fetchPolicy: 'network-only' });
    assert.ok(data[marker].some((d) => d.code === 'CT'));
    assert.equal(first.log.length, 2, JSON.stringify(first.log));
    assert.equal(first.log[0].sent.query ?? null, null, 'the first request sends the hash alone');
    assert.equal(first.log[0].sent.method, useGET ? 'GET' : 'POST');
    assert.equal(first.log[0].status, 200);
    assert.equal(first.log[0].body.errors[0].extensions.code, 'PERSISTED_QUERY_NOT_FOUND');
    assert.ok(first.log[1].sent.query, 'the retry sends the text with the hash');
    assert.equal(first.log[1].sent.extensions.persistedQuery.sha256Hash, sha256(first.log[1].sent.query));

    const second = client({ persisted: true, useGET });
    const again = await second.apollo.query({ query: QUERY, fetchPolicy: 'network-only' });
    assert.deepEqual(again.data[marker], data[marker]);
    assert.equal(second.log.length, 1, 'a known hash is answered without the text');
    assert.equal(second.log[0].sent.query ?? null, null);
    assert.equal(second.log[0].body.errors, undefined);
  });
}
