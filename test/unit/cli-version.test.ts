// `gitops-promote --version`, recognised only as the first argument. (The bundle's value, package.json's version
// written in by the build, is checked on the packed package: test/integration/release.test.ts.)
import { describe, expect, it } from '@jest/globals';
import { main } from '../../src/cli/main.js';
import { packageVersion } from '../../src/cli/version.js';

async function run(argv: string[]): Promise<{ code: number; stdout: string[]; stderr: string[] }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await main(argv, { stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l) });
  return { code, stdout, stderr };
}

describe('--version', () => {
  it('prints the version alone and exits 0', async () => {
    await expect(run(['--version'])).resolves.toEqual({ code: 0, stdout: [packageVersion()], stderr: [] });
  });

  it('keeps its meaning after a verb: promote --version V is the version to promote', async () => {
    const r = await run(['promote', '--version', 'v1.2.3']);
    expect(r.code).toBe(2);
    expect(r.stdout).toEqual([]);
    expect(r.stderr).toEqual([expect.stringMatching(/^error: promote needs --/)]);
  });

  it('is listed in the top-level usage', async () => {
    const r = await run(['--help']);
    const head = r.stdout[0]?.split('\n').slice(0, 2);
    expect(head).toEqual(['usage: gitops-promote VERB [options]', '       gitops-promote --version']);
  });
});
