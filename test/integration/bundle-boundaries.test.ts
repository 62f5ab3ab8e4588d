// Start-up is a feature: the CLI never carries @actions/github, and an action carries it only in the chunk it
// loads when it calls the API. Checked on the built bundles, which is what users run.
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = join(fileURLToPath(new URL('.', import.meta.url)), '../../dist');
const files = (dir: string): string[] => readdirSync(join(dist, dir)).filter((f) => f.endsWith('.js')).map((f) => join(dist, dir, f));
const mentionsOctokit = (f: string): boolean => /@octokit\/|getOctokit/.test(readFileSync(f, 'utf8'));

describe('bundle boundaries', () => {
  it('the CLI bundle and its chunks never include @actions/github', () => {
    const cli = files('cli');
    expect(cli.length).toBeGreaterThan(1);
    expect(cli.filter(mentionsOctokit)).toEqual([]);
  });

  it('the promote action loads @actions/github only from a lazy chunk, not its entry file', () => {
    const promote = files('promote');
    expect(mentionsOctokit(join(dist, 'promote/index.js'))).toBe(false);
    expect(promote.some(mentionsOctokit)).toBe(true);
  });

  it('every bundle is an ES module with its package.json marker', () => {
    for (const dir of readdirSync(dist)) {
      expect(JSON.parse(readFileSync(join(dist, dir, 'package.json'), 'utf8'))).toEqual({ type: 'module' });
    }
  });
});
