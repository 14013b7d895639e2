// graphql-js 16's full introspection query (every option on, as Python gql, codegen and GraphiQL send it) against the
// live server, then buildClientSchema: the schema a client builds is the committed schema/schema.graphql.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildClientSchema, buildSchema, getIntrospectionQuery, lexicographicSortSchema, printSchema } from 'graphql';
import { schemaFile, serverUrl } from './helpers.mjs';

const options = { descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true };

async function introspect() {
  const response = await fetch(serverUrl(), {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query: getIntrospectionQuery(options), operationName: 'IntrospectionQuery' }),
  });
  const body = await response.json();
  assert.equal(response.status, 200, JSON.stringify(body.errors));
  assert.equal(body.errors, undefined);
  return body.data;
}

test('the full introspection query with every option succeeds and buildClientSchema accepts the answer', async () => {
  const data = await introspect();
  const schema = buildClientSchema(data);
  assert.match(schema.description ?? '', /^CeGraph/);
  assert.ok(schema.getType('ActivitiesConnection'));
  for (const directive of data.__schema.directives) {
    assert.equal(typeof directive.isRepeatable, 'boolean', directive.name);
  }
  for (const type of data.__schema.types) {
    assert.ok('specifiedByURL' in type, type.name);
    for (const field of type.inputFields ?? []) {
      assert.equal(typeof field.isDeprecated, 'boolean', `${type.name}.${field.name}`);
    }
  }
});

test('the schema built from introspection prints exactly like the committed schema file', async () => {
  const fromServer = buildClientSchema(await introspect());
  const fromFile = buildSchema(readFileSync(schemaFile, 'utf8'));
  assert.equal(printSchema(lexicographicSortSchema(fromServer)), printSchema(lexicographicSortSchema(fromFile)));
});
