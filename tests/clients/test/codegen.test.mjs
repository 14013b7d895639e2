// graphql-codegen (typescript + typescript-operations) generates operation types from schema/schema.graphql that
// `tsc --strict` accepts; a use that the schema does not allow must fail to compile (so the types are not `any`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { binary, schemaFile, tempDir } from './helpers.mjs';

const operations = `
fragment ActivityCard on Activity { id code title credits status sponsor { name } }

query ActivitiesPage($first: Int!, $after: String, $where: ActivityFilterInput) {
  activities(first: $first, after: $after, where: $where, order: [{ credits: DESC }]) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { ...ActivityCard distributions { kind discipline { code } lines { credits category { code name } } } }
  }
}

query Outline($code: String!) {
  discipline(code: $code) { name outlines { kind version categories { code name children { code name } } } }
}

mutation Evaluate($input: EvaluateRequirementInput!) {
  evaluateRequirement(input: $input) {
    check { id fulfilled countedCredits rules { satisfied remaining } }
    errors { __typename code message path }
  }
}
`;

const usage = `
import type { ActivitiesPageQuery, ActivitiesPageQueryVariables, EvaluateMutationVariables, OutlineQuery } from './generated';

export function titles(page: ActivitiesPageQuery): string[] {
  return page.activities?.nodes.map((n) => n.title + ' ' + n.credits + ' ' + n.sponsor.name) ?? [];
}

export function categoryCodes(outline: OutlineQuery): string[] {
  return outline.discipline?.outlines.flatMap((o) => o.categories.flatMap((c) => [c.code, ...c.children.map((k) => k.code)])) ?? [];
}

export const variables: ActivitiesPageQueryVariables = { first: 50, where: { disciplineCode: { eq: 'CT' } } };
export const evaluate: EvaluateMutationVariables = { input: { requirementId: 'x', completions: [{ activityCode: 'A', completedOn: '2026-01-01' }] } };
`;

const misuse = `
import type { ActivitiesPageQuery } from './generated';
export const wrong = (page: ActivitiesPageQuery): number => page.activities!.nodes[0]!.noSuchField;
`;

function tsc(dir, file) {
  return execFileSync(binary('tsc'), ['--strict', '--noEmit', '--target', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext',
    '--skipLibCheck', path.join(dir, file)], { cwd: dir, stdio: 'pipe' });
}

test('codegen generates operation types that tsc --strict accepts, and rejects a field the schema lacks', async () => {
  const dir = tempDir('codegen');
  writeFileSync(path.join(dir, 'operations.graphql'), operations);
  writeFileSync(path.join(dir, 'usage.ts'), usage);
  writeFileSync(path.join(dir, 'misuse.ts'), misuse);

  await generate({
    schema: schemaFile,
    documents: path.join(dir, 'operations.graphql'),
    generates: {
      [path.join(dir, 'generated.ts')]: {
        plugins: ['typescript-operations'], // v6 emits the input and enum types the operations use itself
        config: { scalars: { Decimal: 'number | string', Date: 'string', DateTime: 'string' }, strictScalars: true },
      },
    },
    silent: true,
  }, true);
  assert.match(readFileSync(path.join(dir, 'generated.ts'), 'utf8'), /export type ActivitiesPageQuery = /);

  tsc(dir, 'usage.ts');
  assert.throws(() => tsc(dir, 'misuse.ts'), (error) => /noSuchField/.test(String(error.stdout)));
});
