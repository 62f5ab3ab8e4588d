import { describe, expect, it } from '@jest/globals';
import { deliverByPush } from '../../src/core/promote/deliver-push.js';
import type { PromoteRequest } from '../../src/core/promote/plan.js';
import { planRollback, type RollbackRequest } from '../../src/core/rollback/plan-rollback.js';
import { runRollback } from '../../src/core/rollback/run-rollback.js';
import { parseTrailers } from '../../src/core/history/trailers.js';
import { UserError } from '../../src/core/errors.js';
import { silentLogger } from '../../src/core/ports.js';
import { MemoryGit, kustomization, overlay, recordedRetry, sampleRepo } from '../support/memory-repo.js';

const now = new Date('2026-11-24T10:00:00Z');
const promoteReq = (app: string, to: string, version?: string): PromoteRequest => ({ apps: [app], to, version, now, actor: 'alice', singleAppName: 'x' });
const rollbackReq = (over: Partial<RollbackRequest> = {}): RollbackRequest => ({ app: 'web', env: 'prod', actor: 'bob', singleAppName: 'x', reason: 'error rate 12%', ...over });

async function promote(git: MemoryGit, app: string, to: string, version?: string): Promise<string> {
  const o = await deliverByPush({ git, logger: silentLogger, request: promoteReq(app, to, version), branch: 'main', dryRun: false, retry: recordedRetry(3) });
  expect(o.status).toBe('pushed');
  return o.commit as string;
}

/** web: staging v1.1.0 → prod (both regions) in one promotion commit. */
async function promotedWeb(): Promise<{ git: MemoryGit; before: Record<string, string>; promotion: string }> {
  const git = new MemoryGit(sampleRepo());
  const before = git.filesAt();
  const promotion = await promote(git, 'web', 'prod');
  expect(git.filesAt()[overlay('web', 'prod-eu')]).toBe(kustomization('web', 'v1.1.0'));
  return { git, before, promotion };
}

describe('planRollback: what it restores', () => {
  it('restores every region to the version before the last promotion, byte-identical, with trailers', async () => {
    const { git, before, promotion } = await promotedWeb();
    const plan = await planRollback(git, git.tip(), rollbackReq());
    expect(plan.violations).toEqual([]);
    expect(plan.rollbackOf).toBe(promotion);
    const p = plan.promotions[0];
    expect(p?.version).toBe('v1.0.0');
    expect(p?.previous).toEqual(['v1.1.0']);
    expect([...(p?.files.keys() ?? [])].sort()).toEqual([overlay('web', 'prod-eu'), overlay('web', 'prod-us')]);
    for (const [file, text] of p?.files ?? []) expect(text).toBe(before[file]);
    expect(p?.message.split('\n')[0]).toBe('rollback(web): prod v1.1.0 -> v1.0.0');
    const t = parseTrailers(p?.message ?? '');
    expect(Object.fromEntries(t)).toEqual({
      'Rollback-App': 'web', 'Rollback-Env': 'prod', 'Rollback-Of': promotion, 'Rolled-Back-Version': 'v1.1.0', 'Restored-Version': 'v1.0.0',
      Reason: 'error rate 12%', 'Rolled-Back-By': 'bob',
    });
  });

  it('keeps later unrelated edits of the file and changes only the value', async () => {
    const { git } = await promotedWeb();
    const edited = `${kustomization('web', 'v1.1.0')}# owner: team-web\n`;
    git.advanceRemote({ [overlay('web', 'prod-eu')]: edited }, 'add an owner comment');
    const plan = await planRollback(git, git.tip(), rollbackReq());
    expect(plan.promotions[0]?.files.get(overlay('web', 'prod-eu'))).toBe(`${kustomization('web', 'v1.0.0')}# owner: team-web\n`);
  });

  it('rolls back one region only', async () => {
    const { git } = await promotedWeb();
    const plan = await planRollback(git, git.tip(), rollbackReq({ region: 'eu' }));
    expect([...(plan.promotions[0]?.files.keys() ?? [])]).toEqual([overlay('web', 'prod-eu')]);
    await expect(planRollback(git, git.tip(), rollbackReq({ region: 'ap' }))).rejects.toThrow('app "web" has no target in region "ap" of prod; expected one of: eu, us');
  });

  it('restores a version the environment ran before, and refuses one it never ran unless forced', async () => {
    const { git } = await promotedWeb();
    const ok = await planRollback(git, git.tip(), rollbackReq({ toVersion: 'v1.0.0' }));
    expect(ok.promotions[0]?.version).toBe('v1.0.0');
    await expect(planRollback(git, git.tip(), rollbackReq({ toVersion: 'v0.9.0' }))).rejects.toThrow('prod never ran web v0.9.0 (found in its history: v1.1.0, v1.0.0); expected one of those, or force with a reason');
    const forced = await planRollback(git, git.tip(), rollbackReq({ toVersion: 'v0.9.0', force: 'known good build from the 2025 release' }));
    expect(parseTrailers(forced.promotions[0]?.message ?? '').get('Rollback-Forced')).toBe('known good build from the 2025 release');
  });

  it('restores the values a commit had', async () => {
    const { git, before } = await promotedWeb();
    const first = git.history().at(-1)?.sha as string;
    const plan = await planRollback(git, git.tip(), rollbackReq({ toCommit: first }));
    expect(plan.promotions[0]?.files.get(overlay('web', 'prod-us'))).toBe(before[overlay('web', 'prod-us')]);
  });

  it('finds the change in the files\' history when there are no trailers', async () => {
    const git = new MemoryGit(sampleRepo());
    git.advanceRemote({ [overlay('web', 'prod-eu')]: kustomization('web', 'v1.1.0'), [overlay('web', 'prod-us')]: kustomization('web', 'v1.1.0') }, 'bump web by hand');
    const handBump = git.tip();
    const plan = await planRollback(git, git.tip(), rollbackReq());
    expect(plan.rollbackOf).toBe(handBump);
    expect(plan.promotions[0]?.version).toBe('v1.0.0');
  });

  it('refuses when there is nothing earlier, and after a rollback unless told where to go', async () => {
    const fresh = new MemoryGit(sampleRepo());
    await expect(planRollback(fresh, fresh.tip(), rollbackReq())).rejects.toThrow(/found no earlier version of web in prod to roll back to/);
    const { git } = await promotedWeb();
    const r = await runRollback({ git, logger: silentLogger, request: rollbackReq(), mode: 'push', branch: 'main', dryRun: false, maxAttempts: 3, sleep: async () => {} });
    expect(r.outcome.status).toBe('pushed');
    const again = planRollback(git, git.tip(), rollbackReq());
    await expect(again).rejects.toThrow(UserError);
    await expect(planRollback(git, git.tip(), rollbackReq())).rejects.toThrow(/web in prod was already rolled back to v1.0.0 by [0-9a-f]{12} \(undoing [0-9a-f]{12}\); expected a version to go further back \(input to, or --to VERSION\)/);
  });

  it('records a rollback to different versions per region as the list, and does not undo it by default', async () => {
    const git = new MemoryGit(sampleRepo());
    git.advanceRemote({ [overlay('web', 'staging')]: kustomization('web', 'v1.2.0'), [overlay('web', 'prod-eu')]: kustomization('web', 'v1.1.0') }, 'hand edits');
    await promote(git, 'web', 'prod');
    const run = (): ReturnType<typeof runRollback> => runRollback({ git, logger: silentLogger, request: rollbackReq(), mode: 'push', branch: 'main', dryRun: false, maxAttempts: 3, sleep: async () => {} });
    const r = await run();
    expect(r.outputs.version).toBe('v1.1.0,v1.0.0');
    expect(git.history()[0]?.message.split('\n')[0]).toBe('rollback(web): prod v1.2.0 -> v1.1.0, v1.0.0');
    expect(parseTrailers(git.history()[0]?.message ?? '').get('Restored-Version')).toBe('v1.1.0, v1.0.0');
    await expect(run()).rejects.toThrow(/already rolled back/);
  });

  it('after rolling back one region, a whole-environment rollback restores the others', async () => {
    const { git, before } = await promotedWeb();
    const run = (over: Partial<RollbackRequest>): ReturnType<typeof runRollback> => runRollback({ git, logger: silentLogger, request: rollbackReq(over), mode: 'push', branch: 'main', dryRun: false, maxAttempts: 3, sleep: async () => {} });
    expect((await run({ region: 'eu' })).outcome.status).toBe('pushed');
    const whole = await run({});
    expect(whole.outcome.status).toBe('pushed');
    expect(git.filesAt()[overlay('web', 'prod-us')]).toBe(before[overlay('web', 'prod-us')]);
    expect(git.filesAt()[overlay('web', 'prod-eu')]).toBe(before[overlay('web', 'prod-eu')]);
    await expect(run({})).rejects.toThrow(/already rolled back/);
  });

  it('refuses a target version the tag policy refuses, writing nothing', async () => {
    const { git } = await promotedWeb();
    const plan = await planRollback(git, git.tip(), rollbackReq({ toVersion: 'latest', force: 'testing' }));
    expect(plan.promotions).toEqual([]);
    expect(plan.violations.map((v) => v.rule)).toEqual(['no-latest']);
  });

  it('refuses unknown apps and environments', async () => {
    const { git } = await promotedWeb();
    await expect(planRollback(git, git.tip(), rollbackReq({ app: 'nope' }))).rejects.toThrow('unknown app "nope"');
    await expect(planRollback(git, git.tip(), rollbackReq({ env: 'qa' }))).rejects.toThrow('unknown environment "qa"');
  });
});

describe('runRollback: delivery', () => {
  it('pushes one forward commit and reports outputs', async () => {
    const { git, promotion } = await promotedWeb();
    const r = await runRollback({ git, logger: silentLogger, request: rollbackReq(), mode: 'push', branch: 'main', dryRun: false, maxAttempts: 3, sleep: async () => {} });
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toEqual({ version: 'v1.0.0', 'rolled-back-from': 'v1.1.0', 'commit-sha': git.tip(), 'pr-url': '', changed: 'true' });
    expect(git.history()[1]?.sha).toBe(promotion); // a new commit on top: no revert, no force push
    expect(r.summary).toContain('### ↩️ Rolled back web in prod: v1.1.0 → v1.0.0');
    expect(r.summary).toContain('**Why:** error rate 12%');
  });

  it('survives a race with another app: both changes land, the undone promotion stays pinned', async () => {
    const { git, promotion } = await promotedWeb();
    git.scriptPushes({ race: { [overlay('api', 'dev')]: kustomization('api', 'v2.2.0') }, message: 'promote(api): dev' }, 'ok');
    const r = await runRollback({ git, logger: silentLogger, request: rollbackReq(), mode: 'push', branch: 'main', dryRun: false, maxAttempts: 3, sleep: async () => {} });
    expect(r.outcome.attempts).toBe(2);
    const files = git.filesAt();
    expect(files[overlay('api', 'dev')]).toBe(kustomization('api', 'v2.2.0'));
    expect(files[overlay('web', 'prod-eu')]).toBe(kustomization('web', 'v1.0.0'));
    expect(parseTrailers(git.history()[0]?.message ?? '').get('Rollback-Of')).toBe(promotion);
  });

  it('dry-run writes nothing', async () => {
    const { git } = await promotedWeb();
    const tip = git.tip();
    const r = await runRollback({ git, logger: silentLogger, request: rollbackReq(), mode: 'push', branch: 'main', dryRun: true, maxAttempts: 3, sleep: async () => {} });
    expect(r.outcome.status).toBe('dry-run');
    expect(r.outputs.changed).toBe('false');
    expect(git.tip()).toBe(tip);
  });
});
