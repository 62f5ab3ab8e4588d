// Every action through GitHub's @github/local-action (`local-action run <dir> <entry> <.env>`), the way a user tries
// an action on a clone: src/actions/<name>/main.ts exports run() and starts nothing when imported, so the tool can
// import it and await run() with its @actions/core stub in place. Each runs against its own config repository on
// disk (web v1.1.0 in dev and staging, prod at v1.0.0): promote lands, verify-staging-parity checks a promotion,
// wait-healthy sees the new version on a loopback endpoint, rollback undoes a promotion. Outputs are read from the
// stub's `::set-output` lines, the job summary from GITHUB_STEP_SUMMARY.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { parseAnnotations } from './helpers/action-runner.js';
import { createConfigRepo, overlayPath, overlayText, zeroConfigFiles } from './helpers/config-repo.js';
import {
  commitToBare, disposeGitHome, gitOk, headOf, logOf, makeTempDir, readBlob, removeDir,
} from './helpers/git-repo.js';
import { json, serve, type Served } from './helpers/health-doubles.js';
import { describeLocalRun, runLocalAction, type LocalActionRun } from './helpers/local-action.js';

const PROD = ['prod-eu-west-1', 'prod-us-east-1'] as const;
// A token the stub masks; the remote is a path on disk, so git never sends it anywhere.
const TOKEN = 'ghs_local0action0token0never0sent';

let root: string;
let health: Served;
let n = 0;

beforeAll(async () => {
  root = makeTempDir('gitops-promote-local-action-');
  health = await serve((_q, res) => json(res, 200, { version: 'v1.1.0' }));
});

afterAll(async () => {
  await health?.close();
  removeDir(root);
  disposeGitHome();
});

interface Fixture { bare: string; seed: string; workspace: string }

/** A config repository (a bare repo on disk) and a job's full checkout of it, origin that path. */
async function fixture(): Promise<Fixture> {
  const files = zeroConfigFiles({ web: { dev: 'v1.1.0', staging: 'v1.1.0' } });
  const bare = await createConfigRepo(root, `fleet-${++n}`, files);
  const workspace = join(root, `checkout-${n}`);
  await gitOk(['clone', '--quiet', bare, workspace], { cwd: root });
  return { bare, seed: await headOf(bare, 'main'), workspace };
}

function expectExit(r: LocalActionRun, code: number): LocalActionRun {
  if (r.code !== code) throw new Error(`expected exit ${code}, got ${describeLocalRun(r)}`);
  return r;
}

const errors = (r: LocalActionRun): string[] =>
  parseAnnotations(r.stdout).filter((a) => a.level === 'error').map((a) => a.message);
const prodAt = async (bare: string): Promise<string[]> =>
  Promise.all(PROD.map((d) => readBlob(bare, 'main', overlayPath('web', d))));
const prodFiles = (tag: string): Record<string, string> =>
  Object.fromEntries(PROD.map((dir) => [overlayPath('web', dir), overlayText('web', dir, tag)]));
/** web v1.1.0 to prod on `branch`, as a promotion commit would write it. */
const promoteProd = (bare: string, branch = 'main', tag = 'v1.1.0'): Promise<string> =>
  commitToBare(bare, branch, prodFiles(tag), `promote(web): prod v1.0.0 -> ${tag}`);

describe('every action through @github/local-action', () => {
  it('promote: the root action.yml dry-runs, a bad input exits 2, actions/promote lands one commit', async () => {
    const { bare, seed, workspace } = await fixture();
    const inputs = { token: TOKEN, app: 'web', to: 'prod' };
    const [dry, bad] = await Promise.all([
      runLocalAction('promote', { actionDir: '.', workspace, inputs: { ...inputs, 'dry-run': 'true' } }),
      runLocalAction('promote', { actionDir: 'actions/promote', workspace, inputs: { ...inputs, to: 'qa' } }),
    ]);
    expectExit(dry, 0);
    expect(dry.outputs).toMatchObject({ version: 'v1.1.0', 'previous-version': 'v1.0.0', changed: 'false' });
    expect(dry.outputs['commit-sha']).toBe('');
    expect(dry.summary).toContain('```diff');
    expectExit(bad, 2);
    const unknownEnv = /^error: unknown environment "qa"; expected one of /;
    expect(errors(bad)).toEqual([expect.stringMatching(unknownEnv)]);
    expect(bad.outputs).toEqual({});
    expect(await headOf(bare, 'main')).toBe(seed);

    const r = expectExit(await runLocalAction('promote', { actionDir: 'actions/promote', workspace, inputs }), 0);
    // run() ran once (importing main.ts started nothing of its own), under the tool's stub, which lists the outputs.
    expect(r.stdout.match(/^::set-output name=commit-sha::/gm)).toHaveLength(1);
    expect(r.stdout).not.toContain('No outputs were set!');
    const promotion = await headOf(bare, 'main');
    expect((await logOf(bare, 'main'))[1]?.sha).toBe(seed);
    expect(r.outputs).toMatchObject({ version: 'v1.1.0', 'previous-version': 'v1.0.0', changed: 'true' });
    expect(r.outputs['commit-sha']).toBe(promotion);
    const files = JSON.parse(r.outputs.files as string) as { file: string; new: string; changed: boolean }[];
    const changed = files.filter((f) => f.changed).map((f) => [f.file, f.new]);
    expect(changed).toEqual(PROD.map((d) => [overlayPath('web', d), 'v1.1.0']));
    expect(await prodAt(bare)).toEqual(PROD.map((d) => overlayText('web', d, 'v1.1.0')));
    expect(r.summary).toContain('web to prod: v1.0.0 → v1.1.0');
    expect(r.stdout).not.toContain(TOKEN);
  });

  it('verify-staging-parity passes a promotion and fails a change that skips staging', async () => {
    const { bare, seed, workspace } = await fixture();
    const promotion = await promoteProd(bare);
    await gitOk(['branch', 'skip-staging', promotion], { cwd: bare });
    const skip = await promoteProd(bare, 'skip-staging', 'v9.9.9');
    const check = (base: string, head: string): Promise<LocalActionRun> => runLocalAction('verify-staging-parity', {
      actionDir: 'actions/verify-staging-parity', workspace,
      inputs: { token: TOKEN, mode: 'pull-request', base, head, render: 'none' },
    });
    const [ok, skipped] = await Promise.all([check(seed, promotion), check(promotion, skip)]);
    expectExit(ok, 0);
    expect(ok.outputs).toMatchObject({ ok: 'true', violations: '[]' });
    expect(errors(ok)).toEqual([]);
    // The stub's setFailed records the failure without an exit code (the real one's would exit 1): the outputs
    // and the annotation say it.
    expectExit(skipped, 0);
    expect(skipped.outputs.ok).toBe('false');
    const violations = JSON.parse(skipped.outputs.violations as string) as { file: string; rule: string }[];
    expect(violations.map((v) => [v.file, v.rule])).toEqual(PROD.map((d) => [overlayPath('web', d), 'parity']));
    expect(errors(skipped)).toContain('staging parity: 2 violation(s): parity');
  });

  it('wait-healthy sees the promoted version on the endpoint: healthy', async () => {
    const r = await runLocalAction('wait-healthy', {
      actionDir: 'actions/wait-healthy', workspace: (await fixture()).workspace,
      inputs: {
        env: 'prod', app: 'web', version: 'v1.1.0', url: `${health.url}/api/version`,
        interval: '200ms', 'success-threshold': '2', timeout: '30s',
      },
    });
    expectExit(r, 0);
    expect(r.outputs).toMatchObject({ verdict: 'healthy', healthy: 'true', 'observed-version': 'v1.1.0' });
    expect(r.outputs.reason).toMatch(/^healthy: 2 consecutive samples/);
    expect(health.requests).toHaveLength(2);
    expect(r.summary).toContain('### wait-healthy: web in prod ✅ healthy');
  });

  it('rollback undoes a promotion with one forward commit: prod back at v1.0.0', async () => {
    const { bare, workspace } = await fixture();
    const promotion = await promoteProd(bare);
    await gitOk(['pull', '--quiet', 'origin', 'main'], { cwd: workspace });
    const r = await runLocalAction('rollback', {
      actionDir: 'actions/rollback', workspace,
      inputs: { token: TOKEN, app: 'web', env: 'prod', reason: 'unhealthy after the promotion' },
    });
    expectExit(r, 0);
    const head = await headOf(bare, 'main');
    expect((await logOf(bare, 'main'))[1]?.sha).toBe(promotion);
    expect(r.outputs).toMatchObject({ version: 'v1.0.0', 'rolled-back-from': 'v1.1.0', changed: 'true' });
    expect(r.outputs['commit-sha']).toBe(head);
    expect(await prodAt(bare)).toEqual(PROD.map((d) => overlayText('web', d, 'v1.0.0')));
    expect(r.summary).toContain('unhealthy after the promotion');
  });
});
