// The action.yml files are what the runner reads: each action declares node24 and a bundle that exists, and the
// root action.yml is the promote action (the same inputs and outputs).
import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const sources = readdirSync(join(root, 'src/actions')).sort();
const read = (p: string): { name: string; runs: { using: string; main: string }; inputs: Record<string, unknown>; outputs: Record<string, unknown> } =>
  parse(readFileSync(join(root, p), 'utf8'));

describe('action.yml files', () => {
  it('exist for every action in src/actions, and only for those', () => {
    expect(sources).toEqual(['promote', 'rollback', 'verify-staging-parity', 'wait-healthy']);
    expect(readdirSync(join(root, 'actions')).sort()).toEqual(sources);
  });

  it.each(sources)('%s runs on node24 from its committed bundle', (name) => {
    const a = read(`actions/${name}/action.yml`);
    expect(a.runs).toEqual({ using: 'node24', main: `../../dist/${name}/index.js` });
    expect(existsSync(join(root, 'actions', name, a.runs.main))).toBe(true);
  });

  it('the root action.yml is promote, pointing at the same bundle', () => {
    const rootAction = read('action.yml');
    const promote = read('actions/promote/action.yml');
    expect(rootAction.runs).toEqual({ using: 'node24', main: 'dist/promote/index.js' });
    expect(rootAction.inputs).toEqual(promote.inputs);
    expect(rootAction.outputs).toEqual(promote.outputs);
  });
});
