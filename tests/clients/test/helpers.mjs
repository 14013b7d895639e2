// Shared by the client contract tests: where the schema file and the live server are.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';

export const here = path.dirname(fileURLToPath(import.meta.url));
export const suiteRoot = path.resolve(here, '..');
export const repoRoot = path.resolve(suiteRoot, '../..');
export const schemaFile = path.join(repoRoot, 'schema', 'schema.graphql');

/** The live server's GraphQL endpoint (run.sh starts one and sets CEGRAPH_URL); the live tests fail without it. */
export function serverUrl() {
  const url = process.env.CEGRAPH_URL;
  if (!url) {
    throw new Error('CEGRAPH_URL is not set: run tests/clients/run.sh, which starts a server on a loopback port.');
  }
  return url;
}

export function tempDir(name) {
  return mkdtempSync(path.join(os.tmpdir(), `cegraph-clients-${name}-`));
}

export const binary = (name) => path.join(suiteRoot, 'node_modules', '.bin', name);
