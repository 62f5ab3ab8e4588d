import { describe, expect, it } from '@jest/globals';
import { UserError } from '../../src/core/errors.js';
import { promotionRecords } from '../../src/core/history/promotions.js';
import type { Logger } from '../../src/core/ports.js';
import {
  BACKOFF_BASE_MS, defaultBackoff, deliverByPush, type PromoteOutcome, type PushDeliveryInput,
} from '../../src/core/promote/deliver-push.js';
import type { PromoteRequest } from '../../src/core/promote/plan.js';
import { kustomization, MemoryGit, overlay, recordedRetry, sampleRepo, type PushStep } from '../support/memory-repo.js';

const THURSDAY = new Date('2026-11-26T10:00:00Z');
const FRIDAY = new Date('2026-11-27T10:00:00Z');

function recordingLogger(): Logger & { infos: string[] } {
  const infos: string[] = [];
  return { infos, info: (m) => infos.push(m), warning: () => {}, error: () => {}, debug: () => {} };
}

interface Run { git: MemoryGit; logger: ReturnType<typeof recordingLogger>; retry: ReturnType<typeof recordedRetry>; input: PushDeliveryInput }

function setup(opts: { pushes?: PushStep[]; files?: Record<string, string>; request?: Partial<PromoteRequest>; maxAttempts?: number; dryRun?: boolean; configPath?: string } = {}): Run {
  const git = new MemoryGit(opts.files ?? sampleRepo(), { pushes: opts.pushes });
  const logger = recordingLogger();
  const retry = recordedRetry(opts.maxAttempts ?? 5);
  const request: PromoteRequest = { apps: ['web'], to: 'prod', now: THURSDAY, actor: 'alice', singleAppName: 'x', ...opts.request };
  return { git, logger, retry, input: { git, logger, request, branch: 'main', dryRun: opts.dryRun ?? false, retry, configPath: opts.configPath } };
}

/** The api prod-us promotion another run pushes while ours is in flight. */
const apiRace: PushStep = { race: { [overlay('api', 'prod-us')]: kustomization('api', 'v2.0.0') }, message: 'promote(api): prod v1.9.0 -> v2.0.0' };

const webProd = (v: string): Record<string, string> => ({ [overlay('web', 'prod-eu')]: kustomization('web', v), [overlay('web', 'prod-us')]: kustomization('web', v) });

function summary(o: PromoteOutcome): { status: string; attempts: number; commits: number } {
  return { status: o.status, attempts: o.attempts, commits: o.commits.length };
}

describe('deliverByPush', () => {
  it('plans on the remote tip, commits once and pushes', async () => {
    const { git, input, retry } = setup();
    const base = git.tip();
    const o = await deliverByPush(input);
    expect(summary(o)).toEqual({ status: 'pushed', attempts: 1, commits: 1 });
    expect([o.base, o.commit, git.tip()]).toEqual([base, o.commits[0], o.commits[0]]);
    expect(git.filesAt()).toEqual(Object.fromEntries(Object.entries({ ...sampleRepo(), ...webProd('v1.1.0') }).sort(([a], [b]) => a.localeCompare(b))));
    const [head] = git.history();
    expect(head?.parent).toBe(base);
    expect(head?.message).toBe(o.plan.promotions[0]?.message);
    expect(retry.slept).toEqual([]);
  });

  it('re-plans after losing a race and keeps the other app change (attempts = 2)', async () => {
    const { git, input, logger, retry } = setup({ pushes: [apiRace, 'ok'] });
    const o = await deliverByPush(input);
    expect(summary(o)).toEqual({ status: 'pushed', attempts: 2, commits: 1 });
    const files = git.filesAt();
    expect(files[overlay('api', 'prod-us')]).toBe(kustomization('api', 'v2.0.0'));
    expect(files[overlay('web', 'prod-eu')]).toBe(kustomization('web', 'v1.1.0'));
    expect(files[overlay('web', 'prod-us')]).toBe(kustomization('web', 'v1.1.0'));
    expect(git.history().map((c) => c.message.split('\n')[0])).toEqual(['promote(web): prod v1.0.0 -> v1.1.0', 'promote(api): prod v1.9.0 -> v2.0.0', 'initial']);
    expect(o.base).toBe(git.history()[1]?.sha);
    expect(git.pushes.map((p) => p.result)).toEqual([{ ok: false, kind: 'rejected', message: 'non-fast-forward' }, { ok: true }]);
    expect(retry.slept).toEqual([200]);
    expect(logger.infos).toEqual(['attempt 2/5 in 200 ms: main moved on the remote (push rejected)']);
  });

  it('finds nothing left to do when the race already promoted the same version', async () => {
    const { git, input } = setup({ pushes: [{ race: webProd('v1.1.0') }] });
    const o = await deliverByPush(input);
    expect(summary(o)).toEqual({ status: 'unchanged', attempts: 2, commits: 0 });
    expect(git.pushes).toHaveLength(1);
    expect(git.history()[0]?.message).toBe('a racing promotion');
  });

  it('reads the config at the new tip: a freeze added by the race refuses the retry', async () => {
    const freeze = { 'gitops-promote.yaml': 'policy:\n  freeze:\n    - cron: "* * * * 5"\n      timezone: Europe/Berlin\n' };
    const files = { ...sampleRepo(), 'gitops-promote.yaml': 'version: 1\n' };
    const { git, input } = setup({ files, pushes: [{ race: freeze }], request: { now: FRIDAY } });
    const o = await deliverByPush(input);
    expect(summary(o)).toEqual({ status: 'refused', attempts: 2, commits: 0 });
    expect(o.plan.violations.map((v) => v.rule)).toEqual(['freeze']);
    expect(git.filesAt()[overlay('web', 'prod-eu')]).toBe(kustomization('web', 'v1.0.0'));
  });

  it('does not push twice when a transient failure actually landed', async () => {
    const { git, input, logger } = setup({ pushes: [{ transient: 'HTTP 500', landed: true }] });
    const o = await deliverByPush(input);
    expect(summary(o)).toEqual({ status: 'pushed', attempts: 1, commits: 1 });
    expect(git.pushes).toHaveLength(1);
    expect(git.made).toEqual([o.commit]);
    expect(git.tip()).toBe(o.commit);
    expect(logger.infos).toEqual([
      'attempt 2/5 in 200 ms: push failed: HTTP 500',
      `the push of ${(o.commit as string).slice(0, 12)} landed although it reported an error`,
    ]);
  });

  it('sees a landed push under a newer commit someone else pushed on top', async () => {
    const { git, input, retry } = setup({ pushes: [{ transient: 'HTTP 502', landed: true }] });
    input.retry = { ...retry, sleep: async () => { git.advanceRemote({ [overlay('api', 'prod-us')]: kustomization('api', 'v2.0.0') }); } };
    const o = await deliverByPush(input);
    expect(summary(o)).toEqual({ status: 'pushed', attempts: 1, commits: 1 });
    expect(git.pushes).toHaveLength(1);
    expect(git.history()[1]?.sha).toBe(o.commit);
    expect(o.base).toBe(git.tip());
  });

  it('retries a transient failure that did not land, with one promotion commit in the end', async () => {
    const { git, input } = setup({ pushes: [{ transient: 'connection reset', landed: false }, 'ok'] });
    const o = await deliverByPush(input);
    expect(summary(o)).toEqual({ status: 'pushed', attempts: 2, commits: 1 });
    expect(git.made).toHaveLength(2);
    expect(git.tip()).toBe(git.made[1]);
    expect(promotionRecords(await git.log('main')).map((r) => `${r.app} ${r.env} ${r.version}`)).toEqual(['web prod v1.1.0']);
  });

  it('throws on a fatal push error and leaves the remote alone', async () => {
    const { git, input } = setup({ pushes: [{ fatal: 'permission denied' }] });
    const base = git.tip();
    await expect(deliverByPush(input)).rejects.toThrow(new Error('push to main failed: permission denied'));
    expect(git.tip()).toBe(base);
    expect(git.pushes).toHaveLength(1);
  });

  it('gives up after max attempts with the last reason', async () => {
    const { git, input, retry } = setup({ maxAttempts: 3, pushes: [apiRace, apiRace, apiRace] });
    await expect(deliverByPush(input)).rejects.toThrow(new Error(
      'gave up after 3 attempts to push to main: main moved on the remote (push rejected); nothing was changed on the remote by this run (raise max-attempts if many promotions run at once)'));
    expect(retry.slept).toEqual([200, 300]);
    expect(git.pushes).toHaveLength(3);
    expect(git.history().every((c) => !c.message.startsWith('promote(web)'))).toBe(true);
  });

  it('gives up after transient failures that never landed', async () => {
    const { git, input } = setup({ maxAttempts: 2, pushes: [{ transient: 'HTTP 503', landed: false }, { transient: 'HTTP 504', landed: false }] });
    const base = git.tip();
    await expect(deliverByPush(input)).rejects.toThrow('gave up after 2 attempts to push to main: push failed: HTTP 504; nothing was changed');
    expect(git.tip()).toBe(base);
    expect(git.fetches).toHaveLength(3);
  });

  it('plans the first attempt on the tip the caller fetched: no second fetch when the push lands', async () => {
    const { git, input } = setup();
    const base = git.tip();
    const o = await deliverByPush({ ...input, tip: base });
    expect(summary(o)).toEqual({ status: 'pushed', attempts: 1, commits: 1 });
    expect(git.fetches).toEqual([]);
    expect(git.history()[1]?.sha).toBe(base);
  });

  it('a caller\'s tip the branch has left loses the push; the retry fetches and keeps the other change', async () => {
    const { git, input } = setup();
    const stale = git.tip();
    git.advanceRemote({ [overlay('api', 'prod-us')]: kustomization('api', 'v2.0.0') });
    const moved = git.tip();
    const o = await deliverByPush({ ...input, tip: stale });
    expect(summary(o)).toEqual({ status: 'pushed', attempts: 2, commits: 1 });
    expect(git.fetches).toEqual(['main']);
    expect([o.base, git.history()[1]?.sha]).toEqual([moved, moved]);
    expect(git.filesAt()[overlay('api', 'prod-us')]).toBe(kustomization('api', 'v2.0.0'));
  });

  it('with the caller\'s tip, a transient failure that landed is found by the next fetch', async () => {
    const { git, input } = setup({ pushes: [{ transient: 'HTTP 500', landed: true }] });
    const o = await deliverByPush({ ...input, tip: git.tip() });
    expect(summary(o)).toEqual({ status: 'pushed', attempts: 1, commits: 1 });
    expect(git.fetches).toEqual(['main']);
    expect(git.made).toEqual([o.commit]);
  });

  it('reports pushed when the last transient failure of the last attempt landed', async () => {
    const { git, input } = setup({ maxAttempts: 2, pushes: [{ transient: 'HTTP 503', landed: false }, { transient: 'HTTP 504', landed: true }] });
    const o = await deliverByPush(input);
    expect(summary(o)).toEqual({ status: 'pushed', attempts: 2, commits: 1 });
    expect(git.tip()).toBe(o.commit);
    expect(git.pushes).toHaveLength(2);
  });

  it('pushes nothing when the policy refuses', async () => {
    const { git, input } = setup({ request: { version: 'v1.2.0' } });
    const o = await deliverByPush(input);
    expect(summary(o)).toEqual({ status: 'refused', attempts: 1, commits: 0 });
    expect(o.plan.violations.map((v) => v.rule)).toEqual(['gate']);
    expect([git.made, git.pushes]).toEqual([[], []]);
  });

  it('pushes nothing when the env already runs the version', async () => {
    const { git, input } = setup({ files: { ...sampleRepo(), ...webProd('v1.1.0') } });
    const o = await deliverByPush(input);
    expect(summary(o)).toEqual({ status: 'unchanged', attempts: 1, commits: 0 });
    expect([git.made, git.pushes]).toEqual([[], []]);
  });

  it('pushes nothing on a dry run but returns the plan', async () => {
    const { git, input } = setup({ dryRun: true });
    const o = await deliverByPush(input);
    expect(summary(o)).toEqual({ status: 'dry-run', attempts: 1, commits: 0 });
    expect([...(o.plan.promotions[0]?.files.keys() ?? [])]).toEqual([overlay('web', 'prod-eu'), overlay('web', 'prod-us')]);
    expect([git.made, git.pushes]).toEqual([[], []]);
  });

  it('chains one commit per app and pushes them together', async () => {
    const { git, input } = setup({ request: { apps: ['web', 'api'] } });
    const o = await deliverByPush(input);
    expect(summary(o)).toEqual({ status: 'pushed', attempts: 1, commits: 2 });
    expect(git.pushes.map((p) => p.commit)).toEqual([o.commit]);
    expect(o.commit).toBe(o.commits[1]);
    expect(git.history().slice(0, 2).map((c) => c.message.split('\n')[0])).toEqual(['promote(api): prod mixed -> v2.1.0', 'promote(web): prod v1.0.0 -> v1.1.0']);
  });

  it('refuses a branch the remote does not have', async () => {
    const { input } = setup();
    input.branch = 'release';
    const e = await deliverByPush(input).then(() => undefined, (x: unknown) => x);
    expect(e).toBeInstanceOf(UserError);
    expect((e as UserError).message).toBe('branch "release" does not exist on the remote; expected the config repository\'s branch (input branch)');
  });

  it('reads the config from the given path', async () => {
    const files = { ...sampleRepo(), 'deploy/promote.yaml': 'policy:\n  tagPattern: "^release-[0-9]+$"\n' };
    const { input } = setup({ files, configPath: 'deploy/promote.yaml' });
    const o = await deliverByPush(input);
    expect(o.status).toBe('refused');
    expect(o.plan.violations[0]?.message).toBe('tag "v1.1.0" does not match policy.tagPattern ^release-[0-9]+$');
  });
});

describe('defaultBackoff', () => {
  it('waits between half and all of an exponential cap', () => {
    expect([defaultBackoff(2, () => 0), defaultBackoff(2, () => 1)]).toEqual([125, 250]);
    expect([defaultBackoff(3, () => 0), defaultBackoff(3, () => 0.5), defaultBackoff(3, () => 1)]).toEqual([250, 375, 500]);
    expect([defaultBackoff(6, () => 0), defaultBackoff(6, () => 1)]).toEqual([2000, 4000]);
  });

  it('caps the wait at 8 seconds', () => {
    expect([defaultBackoff(7, () => 1), defaultBackoff(8, () => 1), defaultBackoff(30, () => 1), defaultBackoff(30, () => 0)]).toEqual([8000, 8000, 8000, 4000]);
  });

  it('scales with its unit: the same curve from 250 ms (the default), none at 0', () => {
    expect([2, 3, 7, 30].map((n) => defaultBackoff(n, () => 1, 10))).toEqual([10, 20, 320, 320]);
    expect([2, 3, 7, 30].map((n) => defaultBackoff(n, () => 1, BACKOFF_BASE_MS))).toEqual([250, 500, 8000, 8000]);
    expect([2, 30].map((n) => defaultBackoff(n, () => 1, 0))).toEqual([0, 0]);
  });

  it('uses Math.random by default and stays in range', () => {
    for (let i = 0; i < 50; i++) {
      const w = defaultBackoff(4);
      expect(w).toBeGreaterThanOrEqual(500);
      expect(w).toBeLessThanOrEqual(1000);
    }
  });
});
