// One resolution path per verb: the action's inputs and the CLI's flags go through the same readers
// (src/core/verbs), so the same values give the same request, the same bad value the same error (named as an input
// or as a flag), and the config fills in what was not given in the same order: input > config > default.
import { afterEach, describe, expect, it } from '@jest/globals';
import { actionSource } from '../../src/adapters/action-source.js';
import { parseFlags } from '../../src/cli/flag-source.js';
import { loadConfig, zeroConfig, type PromoteConfig } from '../../src/core/config/config.js';
import { UserError } from '../../src/core/errors.js';
import type { OptionSource } from '../../src/core/verbs/option-source.js';
import { DRIFT, MERGE_REPORTS, PARITY, PROMOTE, ROLLBACK, WAIT_HEALTHY } from '../../src/core/verbs/index.js';
import { readPromoteArgs, readRollbackArgs, settleDelivery } from '../../src/core/verbs/resolve-delivery.js';
import { resolveMergeRequest } from '../../src/core/verbs/resolve-merge-reports.js';
import {
  parityMode, resolveDriftRequest, resolveDriftShard, resolveParityRequest,
} from '../../src/core/verbs/resolve-parity.js';
import { readWaitHealthyArgs } from '../../src/core/verbs/resolve-wait-healthy.js';
import type { VerbDef } from '../../src/core/verbs/definition.js';

const set: string[] = [];
/** The action's inputs as the runner passes them: INPUT_<NAME> variables. */
function inputs(values: Record<string, string>): OptionSource {
  for (const name of set.splice(0)) delete process.env[name];
  for (const [k, v] of Object.entries(values)) {
    const name = `INPUT_${k.toUpperCase()}`;
    process.env[name] = v;
    set.push(name);
  }
  return actionSource();
}
afterEach(() => {
  for (const name of set.splice(0)) delete process.env[name];
});
const flags = (verb: VerbDef, argv: string[]): OptionSource => parseFlags(verb, argv).source;
const config = (text: string): PromoteConfig => loadConfig(text, 'gitops-promote.yaml');

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return (e as UserError).message;
  }
  throw new Error('expected a UserError');
}

describe('promote and rollback', () => {
  it('read the same request from inputs and from flags', () => {
    const fromInputs = readPromoteArgs(inputs({
      app: 'web, api', to: 'prod', version: 'v1.2.0', 'skip-gate': 'INC-1', 'dry-run': 'true', 'max-attempts': '3',
    }));
    const fromFlags = readPromoteArgs(flags(PROMOTE, [
      '--app', 'web,api', '--to', 'prod', '--version', 'v1.2.0', '--skip-gate', 'INC-1', '--dry-run', '--max-attempts', '3',
    ]));
    expect(fromFlags).toEqual(fromInputs);
    expect(fromInputs).toMatchObject({ apps: ['web', 'api'], to: 'prod', dryRun: true, maxAttempts: 3, allowDowngrade: false });
  });

  it('refuse the same bad values with the same words, naming an input or a flag', () => {
    const cases: [Record<string, string>, string[], string][] = [
      [{ to: 'prod', 'max-attempts': '0' }, ['--to', 'prod', '--max-attempts', '0'], 'is "0"; expected a whole number from 1 to 100'],
      [{ to: 'prod', mode: 'merge' }, ['--to', 'prod', '--mode', 'merge'], 'is "merge"; expected one of push, pull-request'],
      [{ to: 'prod', 'skip-gate': 'true' }, ['--to', 'prod', '--skip-gate', 'true'], 'is "true"; expected the reason itself'],
    ];
    for (const [given, argv, words] of cases) {
      const name = argv[2] as string;
      expect(errorOf(() => readPromoteArgs(inputs(given)))).toContain(`input "${name.slice(2)}" ${words}`);
      expect(errorOf(() => readPromoteArgs(flags(PROMOTE, argv)))).toContain(`${name} ${words}`);
    }
    expect(errorOf(() => readPromoteArgs(inputs({})))).toBe('input "to" is required; expected a value');
    expect(errorOf(() => readPromoteArgs(flags(PROMOTE, [])))).toMatch(/^promote needs --to ENV; usage: gitops-promote promote /);
  });

  it('take mode and max-attempts from the input, else the config at the tip, else push and 10', () => {
    const cfg = config('delivery:\n  mode: pull-request\n  maxAttempts: 4\n');
    expect(settleDelivery(readPromoteArgs(inputs({ to: 'prod' })), cfg)).toMatchObject({ mode: 'pull-request', maxAttempts: 4 });
    expect(settleDelivery(readPromoteArgs(flags(PROMOTE, ['--to', 'prod', '--mode', 'push', '--max-attempts', '2'])), cfg))
      .toMatchObject({ mode: 'push', maxAttempts: 2 });
    expect(settleDelivery(readRollbackArgs(flags(ROLLBACK, ['--app', 'web', '--env', 'prod'])), zeroConfig()))
      .toMatchObject({ mode: 'push', maxAttempts: 10 });
    expect(settleDelivery(readRollbackArgs(inputs({ app: 'web', env: 'prod' })), cfg)).toMatchObject({ mode: 'pull-request', maxAttempts: 4 });
  });

  it('rollback: to and to-commit exclude each other, on both sides', () => {
    expect(errorOf(() => readRollbackArgs(inputs({ app: 'web', env: 'prod', to: 'v1', 'to-commit': 'abcdef1' }))))
      .toBe('input "to" and input "to-commit" are both given; expected at most one');
    expect(errorOf(() => readRollbackArgs(flags(ROLLBACK, ['--app', 'web', '--env', 'prod', '--to-commit', 'HEAD~1']))))
      .toBe('--to-commit is "HEAD~1"; expected a commit sha (7 to 40 hex digits)');
  });
});

describe('parity and drift', () => {
  const pr = { name: 'pull_request', pull_request: { base: { sha: 'b'.repeat(40) }, head: { sha: 'h'.repeat(40) } } };

  it('take base and head from the input, else the event, else (CLI) origin/BRANCH and HEAD', async () => {
    await expect(resolveParityRequest({ ...inputs({}), event: pr })).resolves.toMatchObject({ base: 'b'.repeat(40), head: 'h'.repeat(40) });
    await expect(resolveParityRequest({ ...inputs({ base: 'main~1' }), event: pr })).resolves.toMatchObject({ base: 'main~1', head: 'h'.repeat(40) });
    let asked = 0;
    const defaults = async () => {
      asked++;
      return { base: 'origin/main', head: 'HEAD' };
    };
    await expect(resolveParityRequest({ ...flags(PARITY, ['--head', 'topic']), defaults })).resolves.toMatchObject({ base: 'origin/main', head: 'topic' });
    await expect(resolveParityRequest({ ...flags(PARITY, ['--base', 'a', '--head', 'b']), defaults })).resolves.toMatchObject({ base: 'a', head: 'b' });
    expect(asked).toBe(1);
    await expect(resolveParityRequest({ ...inputs({}), event: { name: 'push' } })).rejects.toThrow('no base and head to compare: event "push" carries none');
  });

  it('the merge queue reads "ran" on its target branch; the CLI names any ref', async () => {
    const queue = { name: 'merge_group', merge_group: { base_sha: 'q'.repeat(40), head_sha: 'h'.repeat(40), base_ref: 'refs/heads/main' } };
    await expect(resolveParityRequest({ ...inputs({}), event: queue })).resolves.toMatchObject({ base: 'q'.repeat(40), history: { branch: 'main' } });
    await expect(resolveParityRequest(flags(PARITY, ['--base', 'a', '--head', 'b', '--history-ref', 'origin/main'])))
      .resolves.toMatchObject({ history: { ref: 'origin/main' } });
  });

  it('mode auto follows the event; pull_request_target is refused; render is checked alike', async () => {
    expect(parityMode({ ...inputs({}), event: pr })).toBe('pull-request');
    expect(parityMode({ ...inputs({}), event: { name: 'schedule' } })).toBe('drift');
    expect(parityMode({ ...inputs({ mode: 'drift' }), event: pr })).toBe('drift');
    expect(() => parityMode({ ...inputs({}), event: { name: 'pull_request_target' } })).toThrow(/must not run on pull_request_target/);
    await expect(resolveParityRequest({ ...inputs({ render: 'helm' }), event: pr })).rejects.toThrow('input "render" is "helm"; expected one of auto, kustomize, kubectl, none');
    await expect(resolveParityRequest(flags(PARITY, ['--base', 'a', '--head', 'b', '--render', 'helm']))).rejects.toThrow('--render is "helm"; expected one of');
  });

  it('live needs drift.live in the config on both sides; behind-after: input > config', () => {
    const none = zeroConfig();
    expect(errorOf(() => resolveDriftRequest(inputs({ live: 'true' }), none))).toBe('input "live" needs drift.live endpoints in gitops-promote.yaml; expected drift: {live: {prod: {url: ...}}}');
    expect(errorOf(() => resolveDriftRequest(flags(DRIFT, ['--live']), none))).toBe('--live needs drift.live endpoints in gitops-promote.yaml; expected drift: {live: {prod: {url: ...}}}');
    const cfg = config('drift:\n  behindAfter: 2d\n  live:\n    prod: {url: "http://x/{app}"}\n');
    expect(resolveDriftRequest(flags(DRIFT, ['--live']), cfg)).toMatchObject({ live: true, behindAfterMs: 2 * 86_400_000 });
    expect(resolveDriftRequest(inputs({ 'behind-after': '1h', 'fail-on-drift': 'true' }), cfg)).toMatchObject({ live: false, behindAfterMs: 3_600_000, failOnDrift: true });
    expect(resolveDriftRequest(flags(DRIFT, ['--fail-on-drift']), cfg).failOnDrift).toBe(true);
  });
});

describe('drift shards and merge-reports: one resolution for the action and the CLI', () => {
  const notOnShard = (name: string): string => `${name} does not apply to one shard; expected it on merge-reports`;

  it('a shard is I/N; without one every app is reported', () => {
    expect(resolveDriftShard(inputs({ shard: '2/4' }))).toEqual({ index: 2, count: 4 });
    expect(resolveDriftShard(flags(DRIFT, ['--shard', '3/3']))).toEqual({ index: 3, count: 3 });
    expect(resolveDriftShard(inputs({}))).toBeUndefined();
    expect(resolveDriftShard(flags(DRIFT, []))).toBeUndefined();
    expect(errorOf(() => resolveDriftShard(inputs({ shard: '5/4' }))))
      .toBe('input "shard" "5/4" is not a shard; expected I/N with 1 ≤ I ≤ N ≤ 9999, such as 1/4');
  });

  it('refuses fail-on-drift and tracking-issue on a shard, on both sides, before anything is read', () => {
    expect(errorOf(() => resolveDriftShard(inputs({ shard: '1/2', 'fail-on-drift': 'true' }))))
      .toBe(notOnShard('input "fail-on-drift"'));
    expect(errorOf(() => resolveDriftShard(inputs({ shard: '1/2', 'tracking-issue': 'true' }))))
      .toBe(notOnShard('input "tracking-issue"'));
    expect(errorOf(() => resolveDriftShard(flags(DRIFT, ['--shard', '1/2', '--fail-on-drift']))))
      .toBe(notOnShard('--fail-on-drift'));
    // false is what the runner passes by default: not a refusal.
    expect(resolveDriftShard(inputs({ shard: '1/2', 'fail-on-drift': 'false', 'tracking-issue': 'false' })))
      .toEqual({ index: 1, count: 2 });
    // Without a shard both are the whole report's to apply.
    expect(resolveDriftShard(inputs({ 'fail-on-drift': 'true', 'tracking-issue': 'true' }))).toBeUndefined();
  });

  it('report-file needs a shard', () => {
    expect(errorOf(() => resolveDriftShard(inputs({ 'report-file': 'x.json' }))))
      .toBe('input "report-file" needs input "shard"; expected shard: I/N');
    expect(resolveDriftShard(inputs({ shard: '1/1', 'report-file': 'x.json' }))).toEqual({ index: 1, count: 1 });
  });

  it('mode merge-reports is asked for, never chosen; an input of the other mode is refused', () => {
    expect(parityMode({ ...inputs({ mode: 'merge-reports', reports: 'a.json' }), event: { name: 'schedule' } }))
      .toBe('merge-reports');
    expect(errorOf(() => parityMode({ ...inputs({ reports: 'drift-*.json' }), event: { name: 'schedule' } })))
      .toBe('input "reports" applies to mode merge-reports, not drift; expected mode: merge-reports');
    expect(errorOf(() => parityMode({ ...inputs({ mode: 'merge-reports', shard: '1/2' }), event: { name: 'push' } })))
      .toBe('input "shard" applies to mode drift, not merge-reports; expected mode: drift');
  });

  it('merge-reports: fail-on-drift and tracking-issue need drift reports, on both sides', () => {
    expect(resolveMergeRequest(inputs({ 'fail-on-drift': 'true' }), 'drift'))
      .toEqual({ failOnDrift: true, trackingIssue: false });
    expect(resolveMergeRequest(flags(MERGE_REPORTS, ['--tracking-issue']), 'drift'))
      .toEqual({ failOnDrift: false, trackingIssue: true });
    expect(resolveMergeRequest(inputs({}), 'status')).toEqual({ failOnDrift: false, trackingIssue: false });
    expect(errorOf(() => resolveMergeRequest(inputs({ 'tracking-issue': 'true' }), 'status'))).toBe('input '
      + '"fail-on-drift" and input "tracking-issue" need drift reports; expected `drift --json --shard I/N` files');
    expect(errorOf(() => resolveMergeRequest(flags(MERGE_REPORTS, ['--fail-on-drift']), 'status')))
      .toBe('--fail-on-drift and --tracking-issue need drift reports; expected `drift --json --shard I/N` files');
  });
});

describe('wait-healthy', () => {
  it('reads the same checks from inputs (one per line) and repeated flags', () => {
    const fromInputs = readWaitHealthyArgs(inputs({
      env: 'prod', version: 'v1.2.3', url: 'http://a/v\nhttp://b/v', headers: 'X-Key: k1\nX-Other: k2', timeout: '2m',
    }), undefined);
    const fromFlags = readWaitHealthyArgs(flags(WAIT_HEALTHY, [
      '--env', 'prod', '--version', 'v1.2.3', '--url', 'http://a/v', '--url', 'http://b/v', '--header', 'X-Key: k1',
      '--header', 'X-Other: k2', '--timeout', '2m',
    ]), undefined);
    expect(fromFlags).toEqual(fromInputs);
    expect(fromInputs.adhoc.checks).toHaveLength(1);
    expect(fromInputs.adhoc.timing.timeoutMs).toBe(120_000);
  });

  it('names the option the way its side does', () => {
    expect(errorOf(() => readWaitHealthyArgs(inputs({ env: 'prod', version: 'v 1' }), undefined))).toBe('input "version" "v 1" is not a version; expected a tag such as v1.2.3');
    expect(errorOf(() => readWaitHealthyArgs(flags(WAIT_HEALTHY, ['--env', 'prod', '--version', 'v 1']), undefined))).toBe('--version "v 1" is not a version; expected a tag such as v1.2.3');
    expect(errorOf(() => readWaitHealthyArgs(flags(WAIT_HEALTHY, ['--env', '../x']), undefined))).toMatch(/^--env "\.\.\/x" is not allowed/);
  });
});
