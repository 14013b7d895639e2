// relay-compiler compiles a fragment set with @connection, @refetchable and a mutation against schema/schema.graphql.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { binary, schemaFile, tempDir } from './helpers.mjs';

const sources = {
  'ActivityList.ts': `
import { graphql } from 'relay-runtime';
export const fragment = graphql\`
  fragment ActivityList_query on Query
  @refetchable(queryName: "ActivityListPaginationQuery")
  @argumentDefinitions(first: { type: "Int", defaultValue: 20 }, after: { type: "String" }, where: { type: "ActivityFilterInput" }) {
    activities(first: $first, after: $after, where: $where) @connection(key: "ActivityList_activities", filters: ["where"]) {
      totalCount
      edges { node { id ...ActivityRow_activity } }
    }
  }
\`;
export const query = graphql\`
  query ActivityListQuery($where: ActivityFilterInput) { ...ActivityList_query @arguments(where: $where) }
\`;
`,
  'ActivityRow.ts': `
import { graphql } from 'relay-runtime';
export const fragment = graphql\`
  fragment ActivityRow_activity on Activity @refetchable(queryName: "ActivityRowRefetchQuery") {
    id code title credits status
    sponsor { id name }
    distributions { id kind discipline { id code } lines { credits category { id code name } } }
  }
\`;
`,
  'RejectActivity.ts': `
import { graphql } from 'relay-runtime';
export const mutation = graphql\`
  mutation RejectActivityMutation($input: RejectActivityInput!) {
    rejectActivity(input: $input) { activity { id status rejectionReason } errors { __typename code message } }
  }
\`;
`,
};

test('relay-compiler compiles fragments with @connection and @refetchable, and a mutation', () => {
  const dir = tempDir('relay');
  const src = path.join(dir, 'src');
  mkdirSync(src);
  for (const [name, text] of Object.entries(sources)) {
    writeFileSync(path.join(src, name), text);
  }
  writeFileSync(path.join(dir, 'relay.config.json'), JSON.stringify({ src: './src', schema: schemaFile, language: 'typescript' }));

  execFileSync(binary('relay-compiler'), [], { cwd: dir, stdio: 'pipe' });

  const generated = path.join(src, '__generated__');
  assert.ok(existsSync(generated));
  const artifacts = readdirSync(generated).sort();
  for (const expected of ['ActivityListPaginationQuery.graphql.ts', 'ActivityList_query.graphql.ts', 'ActivityRowRefetchQuery.graphql.ts',
    'ActivityRow_activity.graphql.ts', 'RejectActivityMutation.graphql.ts']) {
    assert.ok(artifacts.includes(expected), `${expected} in ${artifacts.join(', ')}`);
  }
});
