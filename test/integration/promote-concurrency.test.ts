// Many promote actions at once against one remote, each in its own checkout, as a matrix of workflow jobs does:
// every push that loses the race is re-planned on the new tip and retried, so all of them land, once each, in a
// linear history.
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describeRun, runAction, type ActionRun } from './helpers/action-runner.js';
import { checkoutClone, createConfigRepo, overlayPath, overlayText, zeroConfigFiles } from './helpers/config-repo.js';
import { disposeGitHome, gitOk, headOf, logOf, makeTempDir, readBlob, removeDir, type LogEntry } from './helpers/git-repo.js';
import { startGitServer, type GitServer } from './helpers/git-server.js';

const TOKEN = `ghs_${randomBytes(18).toString('hex')}`;
const RUNS = 20;
const APPS = Array.from({ length: RUNS }, (_, i) => `svc-${String(i).padStart(2, '0')}`);
const REGIONS = ['eu-west-1', 'us-east-1'];
const versionOf = (i: number): string => `v1.${i + 1}.0`;
const MAX_ATTEMPTS = 30;
// The losers' back-off, shrunk through the test-only variable (src/adapters/test-backoff.ts): this test is about
// what lands, not about waiting. Capped at 32 units per wait.
const BACKOFF_UNIT_MS = 10;
const HANG_GUARD_MS = 150_000;

let root: string;
let server: GitServer;

beforeAll(async () => {
  root = makeTempDir('gitops-promote-concurrency-');
  server = await startGitServer({ root, token: TOKEN });
});

afterAll(async () => {
  await server.close();
  removeDir(root);
  disposeGitHome();
});

function trailer(body: string, key: string): string | undefined {
  return new RegExp(`^${key}: (.*)$`, 'm').exec(body)?.[1];
}

it(`${RUNS} promotions started at once all land exactly once, in a linear history`, async () => {
  // Every app runs its new version in staging; prod (two regions) still runs v1.0.0.
  const versions = Object.fromEntries(APPS.map((app, i) => [app, { dev: versionOf(i), staging: versionOf(i) }]));
  const bare = await createConfigRepo(root, 'fleet', zeroConfigFiles(versions, APPS));
  const seed = await headOf(bare, 'main');
  const dirs = await Promise.all(APPS.map((app) => checkoutClone(server.url('fleet'), join(root, `checkout-${app}`), { token: TOKEN })));
  server.reset();

  const runs: ActionRun[] = await Promise.all(APPS.map((app, i) => runAction('promote', {
    inputs: { token: TOKEN, app, to: 'prod', 'max-attempts': String(MAX_ATTEMPTS) },
    workspace: dirs[i] as string,
    githubToken: TOKEN,
    runId: String(5000 + i),
    env: { GITOPS_PROMOTE_TEST_BACKOFF_MS: String(BACKOFF_UNIT_MS) },
    timeoutMs: HANG_GUARD_MS, // kills a hung run; not a speed limit (twenty processes on a busy runner are slow)
  })));

  const failed = runs.filter((r) => r.code !== 0);
  if (failed.length) throw new Error(`${failed.length} of ${RUNS} runs failed; first: ${describeRun(failed[0] as ActionRun)}`);
  expect(server.peakBackends).toBeGreaterThan(1); // the server really served them side by side
  expect(server.requests.filter((q) => !q.authorized)).toEqual([]);

  // Exactly RUNS new commits, each with one parent, chained on the seed.
  const log = await logOf(bare, 'main');
  const seedAt = log.findIndex((c) => c.sha === seed);
  expect(seedAt).toBe(RUNS);
  const fresh = log.slice(0, seedAt).reverse();
  fresh.forEach((c, i) => expect(c.parents).toEqual([i === 0 ? seed : (fresh[i - 1] as LogEntry).sha]));

  // Each app promoted once, by the commit its run reported, touching only its two prod files.
  const byApp = new Map<string, LogEntry>();
  for (const c of fresh) {
    const app = trailer(c.body, 'Promoted-App') as string;
    expect(byApp.has(app)).toBe(false);
    byApp.set(app, c);
  }
  expect([...byApp.keys()].sort()).toEqual(APPS);
  for (const [i, app] of APPS.entries()) {
    const c = byApp.get(app) as LogEntry;
    const r = runs[i] as ActionRun;
    expect(c.subject).toBe(`promote(${app}): prod v1.0.0 -> ${versionOf(i)}`);
    expect(trailer(c.body, 'Workflow-Run')).toBe(`https://github.com/octo-org/gitops/actions/runs/${5000 + i}`);
    expect(r.outputs).toMatchObject({ version: versionOf(i), 'previous-version': 'v1.0.0', changed: 'true', 'commit-sha': c.sha });
    const touched = (await gitOk(['diff-tree', '--no-commit-id', '--name-only', '-r', `${c.sha}^`, c.sha], { cwd: bare })).split('\n').filter(Boolean);
    expect(touched).toEqual(REGIONS.map((region) => overlayPath(app, `prod-${region}`)));
  }

  // The final tree has every new version, byte for byte, and staging untouched.
  for (const [i, app] of APPS.entries()) {
    for (const region of REGIONS) {
      expect(await readBlob(bare, 'main', overlayPath(app, `prod-${region}`))).toBe(overlayText(app, `prod-${region}`, versionOf(i)));
    }
    expect(await readBlob(bare, 'main', overlayPath(app, 'staging'))).toBe(overlayText(app, 'staging', versionOf(i)));
  }

  // Losers retried, within max-attempts, each retry announced with its wait; every wait within the shrunk cap.
  const attempts = runs.map((r) => Number(/\(after (\d+) attempts?\)/.exec(r.summary)?.[1]));
  expect(attempts.filter((a) => !(a >= 1 && a <= MAX_ATTEMPTS))).toEqual([]);
  expect(Math.max(...attempts)).toBeGreaterThan(1);
  const waits = runs.map((r) => [...r.log.matchAll(/^attempt (\d+)\/\d+ in (\d+) ms: /gm)]);
  expect(waits.map((w) => w.length)).toEqual(attempts.map((a) => a - 1));
  const overCap = waits.flat().filter((m) => Number(m[2]) > 32 * BACKOFF_UNIT_MS).map((m) => m[0]);
  expect(overCap).toEqual([]);
}, 2 * HANG_GUARD_MS);
