// verify-staging-parity's sharded drift end to end: the built bundle (dist/verify-staging-parity/index.js) run as
// the runner runs a node24 action. Two matrix jobs (drift mode, shard I/2) in a full checkout each write a JSON
// shard report; a merge job (mode merge-reports) in a workspace with no checkout combines them into exactly what
// one unsharded drift run reports, keeps the tracking issue (GitHub API double) and applies fail-on-drift; shards
// that do not fit and files outside its workspace are refused with one error and exit 2.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectCode, runAction, type ActionRun } from './helpers/action-runner.js';
import { disposeGitHome, makeTempDir, removeDir } from './helpers/git-repo.js';
import { startGitHubApiDouble } from './helpers/github-api-double.js';
import { ConfigRepo, hoursAgo, overlays, promotionMessage, seedFiles } from './helpers/parity-repos.js';

const APPS = ['web', 'api', 'auth', 'cart', 'mail', 'search'];
const EU = 'prod-eu-west-1';
const US = 'prod-us-east-1';
const OWNER = 'octo-org';
const REPO = 'gitops';
const TOKEN = 'ghs_shardtoken0123456789abcdef0123456789';
const scheduleEvent = { schedule: '17 6 * * 1-5', workflow: '.github/workflows/drift-sharded.yml' };

let root: string;
let main: string;
/** The shard jobs' checkout. */
let checkout: string;
let n = 0;

beforeAll(async () => {
  root = realpathSync(makeTempDir('gitops-promote-drift-shards-'));
  const repo = await ConfigRepo.create(root, 'shards', seedFiles({}, 'v1.0.0', APPS));
  // web skips staging (never-in-previous, both regions); api and cart promote properly; search splits its regions.
  const steps: [Record<string, string>, string][] = [
    [{ [`web:${EU}`]: 'v1.1.0', [`web:${US}`]: 'v1.1.0' }, 'web hotfix straight to prod'],
    [{ 'api:dev': 'v2.0.0', 'cart:dev': 'v2.0.0' }, promotionMessage('api', 'dev', 'v2.0.0', 'v1.0.0')],
    [{ 'api:staging': 'v2.0.0', 'cart:staging': 'v2.0.0' },
      promotionMessage('api', 'staging', 'v2.0.0', 'v1.0.0', 'dev')],
    [{ [`search:${EU}`]: 'v1.0.0-canary' }, 'search: canary in eu (no trailers)'],
  ];
  let hours = 50;
  for (const [tags, message] of steps) {
    await repo.commit('main', overlays(tags), message, { date: hoursAgo(hours -= 10) });
  }
  main = await repo.tip('main');
  checkout = await repo.checkout(join(root, 'checkout'), main);
}, 120_000);

afterAll(() => {
  removeDir(root);
  disposeGitHome();
});

/** A merge job's workspace: a plain directory (download-artifact's), no repository. */
function mergeWorkspace(): string {
  const dir = join(root, `merge-${++n}`);
  mkdirSync(join(dir, 'shards'), { recursive: true });
  return dir;
}

function run(workspace: string, inputs: Record<string, string>, apiUrl?: string): Promise<ActionRun> {
  return runAction('verify-staging-parity', {
    inputs: { token: TOKEN, ...inputs }, workspace, githubToken: TOKEN, repository: `${OWNER}/${REPO}`,
    eventName: 'schedule', event: scheduleEvent, refName: 'main', ...(apiUrl ? { apiUrl } : {}),
  });
}

/** The two shard jobs, writing their reports into `dir` (absolute report-file, as a workflow may give one). */
async function shardJobs(dir: string): Promise<ActionRun[]> {
  const runs: ActionRun[] = [];
  for (const i of [1, 2]) {
    const file = join(dir, `drift-${i}.json`);
    runs.push(expectCode(await run(checkout, { shard: `${i}/2`, 'report-file': file, 'behind-after': '1h' }), 0));
  }
  return runs;
}

const errors = (r: ActionRun): string[] => r.annotations.filter((a) => a.level === 'error').map((a) => a.message);
const warnings = (r: ActionRun): unknown[] => r.annotations.filter((a) => a.level === 'warning')
  .map((a) => [a.file, a.line, a.properties.title, a.message]);
type Finding = { app: string; kind: string };
const findings = (r: ActionRun): Finding[] => JSON.parse(r.outputs.drift ?? 'null') as Finding[];

describe('drift mode with shard', () => {
  it('two shards write two reports, each of its own apps, and only report', async () => {
    const ws = mergeWorkspace();
    const runs = await shardJobs(join(ws, 'shards'));
    const reports = [1, 2].map((i) => JSON.parse(readFileSync(join(ws, 'shards', `drift-${i}.json`), 'utf8')) as {
      ref: string; shard: unknown; matrix: { apps: { app: string }[] }; drift: Finding[];
    });
    expect(runs.map((r) => r.outputs['report-file'])).toEqual([1, 2].map((i) => join(ws, 'shards', `drift-${i}.json`)));
    expect(reports.map((r) => [r.ref, r.shard]))
      .toEqual([[main, { index: 1, count: 2 }], [main, { index: 2, count: 2 }]]);
    const apps = reports.map((r) => r.matrix.apps.map((a) => a.app));
    expect(apps.flat().sort()).toEqual([...APPS].sort());
    expect(apps.every((a) => a.length > 0)).toBe(true);
    // Each job's outputs are its shard's findings; no warnings (the merge job annotates them once).
    runs.forEach((r, i) => {
      expect(findings(r)).toEqual(reports[i]?.drift);
      expect(warnings(r)).toEqual([]);
      expect(r.summary.split('\n')[0]).toBe(`Shard ${i + 1}/2 of ${main.slice(0, 12)}: the merge-reports job combines `
        + 'the shards, keeps the tracking issue and applies fail-on-drift.');
    });
  });

  it('writes to RUNNER_TEMP by default, outside the checkout', async () => {
    const r = expectCode(await run(checkout, { shard: '2/2' }), 0);
    expect(r.outputs['report-file']).toBe(join(r.env.RUNNER_TEMP as string, 'gitops-promote-drift-shard-2-of-2.json'));
  });

  it('refuses fail-on-drift and tracking-issue on a shard, exit 2, nothing written', async () => {
    const ws = mergeWorkspace();
    for (const input of ['fail-on-drift', 'tracking-issue']) {
      const file = join(ws, `${input}.json`);
      const r = expectCode(await run(checkout, { shard: '1/2', [input]: 'true', 'report-file': file }), 2);
      expect(errors(r)).toEqual([`error: input "${input}" does not apply to one shard; expected it on merge-reports`]);
      expect(r.outputs).toEqual({});
      expect(existsSync(file)).toBe(false);
    }
  });
});

describe('mode merge-reports', () => {
  it('gives what one unsharded drift gives: findings, warnings, summary; exit 1 only with fail-on-drift', async () => {
    const whole = expectCode(await run(checkout, { 'behind-after': '1h' }), 0);
    const kinds = findings(whole).map((d) => `${d.app} ${d.kind}`);
    expect(kinds).toEqual(expect.arrayContaining(['web never-in-previous', 'search regions-disagree']));
    const ws = mergeWorkspace();
    await shardJobs(join(ws, 'shards'));
    const merged = expectCode(await run(ws, { mode: 'merge-reports', reports: 'shards/*.json' }), 0);
    expect(findings(merged)).toEqual(findings(whole));
    expect(merged.outputs.ok).toBe('false');
    expect(warnings(merged)).toEqual(warnings(whole));
    expect(warnings(merged).length).toBe(findings(whole).length);
    expect(merged.summary).toBe(`Merged 2 shard reports of ${main.slice(0, 12)}\n\n${whole.summary}`);

    const reports = 'shards/drift-2.json\nshards/drift-1.json';
    const strict = await run(ws, { mode: 'merge-reports', reports, 'fail-on-drift': 'true' });
    expectCode(strict, 1);
    expect(errors(strict)).toEqual([`${findings(whole).length} drift finding(s)`]);
  });

  it('refuses a missing shard and a repeated one, exit 2 with one error, never a shorter report', async () => {
    const ws = mergeWorkspace();
    await shardJobs(join(ws, 'shards'));
    const missing = expectCode(await run(ws, { mode: 'merge-reports', reports: 'shards/drift-1.json' }), 2);
    expect(errors(missing)).toEqual(['error: shard 2/2 missing; expected all 2 shard reports']);
    expect(missing.outputs).toEqual({});
    expect(missing.summary).toBe('');
    writeFileSync(join(ws, 'again.json'), readFileSync(join(ws, 'shards', 'drift-1.json')));
    const repeated = expectCode(await run(ws, { mode: 'merge-reports', reports: 'shards/*.json\nagain.json' }), 2);
    expect(errors(repeated))
      .toEqual(['error: again.json:1: is shard 1/2 again (also shards/drift-1.json); expected each shard once']);
    const none = expectCode(await run(ws, { mode: 'merge-reports', reports: 'nothing/*.json' }), 2);
    expect(errors(none)).toEqual(['error: input "reports": "nothing/*.json" matches no file; expected at least one']);
  });

  it('refuses a path outside the workspace and a symlink out of it, exit 2', async () => {
    const outside = join(root, 'outside');
    await shardJobs(outside);
    const ws = mergeWorkspace();
    const up = expectCode(await run(ws, { mode: 'merge-reports', reports: '../outside/*.json' }), 2);
    expect(errors(up)).toEqual(['error: input "reports": "../outside/*.json" is outside the workspace '
      + `${JSON.stringify(ws)}; expected a path or glob inside it`]);
    const abs = expectCode(await run(ws, { mode: 'merge-reports', reports: join(outside, 'drift-1.json') }), 2);
    expect(errors(abs)[0]).toMatch(/^error: input "reports": ".*outside\/drift-1\.json" is outside the workspace/);
    symlinkSync(join(outside, 'drift-1.json'), join(ws, 'shards', 'drift-1.json'));
    symlinkSync(join(outside, 'drift-2.json'), join(ws, 'shards', 'drift-2.json'));
    const link = expectCode(await run(ws, { mode: 'merge-reports', reports: 'shards/*.json' }), 2);
    const target = JSON.stringify(join(outside, 'drift-1.json'));
    expect(errors(link)).toEqual([`error: input "reports": "shards/drift-1.json" is a symlink to ${target}, `
      + `outside the workspace ${JSON.stringify(ws)}; expected files inside it`]);
    expect(link.outputs).toEqual({});
  });

  it('keeps the tracking issue from the merged report; the shards never call the API', async () => {
    const api = await startGitHubApiDouble({ owner: OWNER, repo: REPO, expectedToken: TOKEN });
    try {
      const ws = mergeWorkspace();
      await shardJobs(join(ws, 'shards'));
      expect(api.requests).toEqual([]);
      const inputs = { mode: 'merge-reports', reports: 'shards/*', 'tracking-issue': 'true' };
      const r = expectCode(await run(ws, inputs, api.url), 0);
      const created = api.issues().filter((i) => i.labels.includes('gitops-promote-drift'));
      expect(created).toHaveLength(1);
      expect(created[0]?.body).toContain('web');
      expect(created[0]?.body).toContain('| search |');
      expect(r.outputs['issue-url']).toBe(created[0]?.htmlUrl);
      expect(r.summary).toContain(`Tracking issue created: ${created[0]?.htmlUrl}`);
      expect(api.violations()).toEqual([]);
      expect(`${r.log}${r.stderr}${r.summary}${r.outputFile}`).not.toContain(TOKEN);
    } finally {
      await api.close();
    }
  });
});
