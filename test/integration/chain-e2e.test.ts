// The end to end: promote → wait-healthy → (failure) rollback → wait-healthy, the four built bundles run as
// the runner runs node24 actions, each job in its own checkout of a config repo served by a real `git http-backend`
// that demands the token, the outputs of one step feeding the next. The service is a loopback app that is also its
// own GitOps agent (helpers/health-app.ts): it reads what prod runs from the config repo on every request, and the
// version being promoted crash-loops. Then verify-staging-parity passes the rollback commit as a pull request.
//
// The same chain is also run from examples/workflows/promote.yml itself (its jobs, needs, `if:` conditions, `with:`
// and outputs interpreted the way the runner does), and that workflow's use of the actions is checked against their
// action.yml files.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { actionMetadata, runAction, type ActionRun, type ActionRunOptions } from './helpers/action-runner.js';
import { REPO_ROOT } from './helpers/cli.js';
import { checkoutClone, createConfigRepo, helmConfigFiles, helmConfigYaml, lineOf, PROD_REGIONS, valuesPath, valuesText } from './helpers/config-repo.js';
import { disposeGitHome, gitOk, headOf, logOf, makeTempDir, readBlob, removeDir, type LogEntry } from './helpers/git-repo.js';
import { startGitServer, type GitServer } from './helpers/git-server.js';
import { imageTagReader, startHealthApp, type HealthApp } from './helpers/health-app.js';
import { trailers } from './helpers/git-history.js';
import { expectCode } from './helpers/action-runner.js';

const TOKEN = `ghs_${randomBytes(18).toString('hex')}`;
const REPOSITORY = 'octo-org/gitops';
const SERVER_URL = 'https://github.com';
const RUN_ID = '4242';
const RUN_URL = `${SERVER_URL}/${REPOSITORY}/actions/runs/${RUN_ID}`;
const GOOD = '1.0.0';
const BAD = '1.1.0';
const PROD_KEYS = PROD_REGIONS.map((r) => `prod-${r}`);

let root: string;
let server: GitServer;
let n = 0;
const apps: HealthApp[] = [];

beforeAll(async () => {
  root = makeTempDir('gitops-promote-chain-');
  server = await startGitServer({ root, token: TOKEN });
});

afterEach(async () => {
  await Promise.all(apps.splice(0).map((a) => a.close()));
});

afterAll(async () => {
  await server.close();
  removeDir(root);
  disposeGitHome();
});

/** health.prod of gitops-promote.yaml: both checks once per region, against the loopback app; short timings. */
const healthYaml = (appUrl: string, extra: string[] = []): string => [
  'health:',
  '  prod:',
  '    interval: 250ms',
  '    timeout: 8s',
  '    requestTimeout: 2s',
  '    successThreshold: 2',
  '    failureLimit: 1',
  '    checks:',
  '      - type: http',
  `        url: ${appUrl}/{region}/api/version`,
  '      - type: http',
  `        url: ${appUrl}/{region}/health`,
  `        bodyMatch: '"status":"ok"'`,
  ...extra,
  '',
].join('\n');

/**
 * A kubernetes check whose API server cannot be reached (nothing listens on port 1): kubectl answers "connection
 * refused", so wait-healthy cannot decide (verdict unknown).
 */
function unreachableCluster(): string[] {
  const kubeconfig = join(root, 'unreachable.kubeconfig');
  writeFileSync(kubeconfig, ['apiVersion: v1', 'kind: Config', 'clusters:', '- name: c', '  cluster: {server: "https://127.0.0.1:1", insecure-skip-tls-verify: true}',
    'users:', '- name: u', '  user: {token: t0k3n-unused}', 'contexts:', '- name: c', '  context: {cluster: c, user: u}', 'current-context: c', ''].join('\n'));
  return ['      - type: kubernetes', '        deployment: web', '        namespace: prod', `        kubeconfig: ${kubeconfig}`];
}

interface Chain { name: string; bare: string; seed: string; app: HealthApp; configText: string }

/**
 * A Helm config repo (prod in two regions) where web 1.1.0 has run in dev and staging and prod runs 1.0.0, and the
 * app that serves prod: `broken` versions crash-loop.
 */
async function chain(broken: readonly string[], extraChecks: () => string[] = () => []): Promise<Chain> {
  const name = `chain-${++n}`;
  const bare = join(root, `${name}.git`);
  const app = await startHealthApp({
    bare,
    targets: Object.fromEntries(PROD_REGIONS.map((r) => [r, valuesPath('web', `prod-${r}`)])),
    readVersion: imageTagReader('ghcr.io/acme/web'),
    broken,
  });
  apps.push(app);
  const configText = `${helmConfigYaml()}${healthYaml(app.url, extraChecks())}`;
  await createConfigRepo(root, name, helmConfigFiles({ configText, versions: { web: { dev: BAD, staging: BAD } } }));
  return { name, bare, seed: await headOf(bare, 'main'), app, configText };
}

/** A job's checkout (actions/checkout: its own workspace; fetch-depth 1 unless told). */
function checkout(name: string, depth = 1): Promise<string> {
  return checkoutClone(server.url(name), join(root, `${name}-job-${++n}`), { token: TOKEN, depth });
}

/** One step: a built action, as the runner runs it in this workflow run. */
function step(name: string, workspace: string, inputs: Record<string, string | undefined>, extra: Partial<ActionRunOptions> = {}): Promise<ActionRun> {
  return runAction(name, { inputs, workspace, githubToken: TOKEN, repository: REPOSITORY, runId: RUN_ID, serverUrl: SERVER_URL, ...extra });
}



const blobId = async (bare: string, rev: string, path: string): Promise<string> => (await gitOk(['rev-parse', `${rev}:${path}`], { cwd: bare })).trim();

async function getJson(url: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(url);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const pullRequestEvent = (base: string, head: string): Record<string, unknown> => {
  const repository = { name: 'gitops', full_name: REPOSITORY, owner: { login: 'octo-org' }, default_branch: 'main' };
  return {
    action: 'opened', number: 9,
    pull_request: { number: 9, state: 'open', head: { ref: 'rollback-web', sha: head, repo: repository }, base: { ref: 'main', sha: base, repo: repository } },
    repository, sender: { login: 'octocat', id: 583231, type: 'User' },
  };
};

/** verify-staging-parity on a pull request whose base..head is `base..head`, in a full checkout detached at head. */
async function parity(c: Chain, base: string, head: string): Promise<ActionRun> {
  const dir = await checkout(c.name, 0);
  await gitOk(['checkout', '--quiet', '--detach', head], { cwd: dir });
  return step('verify-staging-parity', dir, { token: TOKEN }, {
    eventName: 'pull_request', event: pullRequestEvent(base, head), refName: '9/merge',
    env: { GITHUB_REF: 'refs/pull/9/merge', GITHUB_HEAD_REF: 'rollback-web', GITHUB_BASE_REF: 'main' },
  });
}

/** The end state every failed chain must reach: prod back on 1.0.0 by a rollback commit on top of the promotion. */
async function expectRolledBack(c: Chain, promotion: string, rollbackSha: string, reason: string): Promise<void> {
  const log = await logOf(c.bare, 'main');
  expect(log.map((e) => e.sha)).toEqual([rollbackSha, promotion, c.seed]);
  const [rb, promo] = log as [LogEntry, LogEntry, LogEntry];
  expect(promo.subject).toBe(`promote(web): prod ${GOOD} -> ${BAD}`);
  expect(rb.parents).toEqual([promotion]);
  expect(rb.subject).toBe(`rollback(web): prod ${BAD} -> ${GOOD}`);
  expect(trailers(rb.body)).toEqual({
    'Rollback-App': 'web', 'Rollback-Env': 'prod', 'Rollback-Of': promotion, 'Rolled-Back-Version': BAD, 'Restored-Version': GOOD,
    Reason: reason, 'Rolled-Back-By': 'octocat', 'Workflow-Run': RUN_URL,
  });
  for (const key of PROD_KEYS) {
    expect(await blobId(c.bare, rollbackSha, valuesPath('web', key))).toBe(await blobId(c.bare, c.seed, valuesPath('web', key)));
    expect(await readBlob(c.bare, 'main', valuesPath('web', key))).toBe(valuesText('web', key, GOOD));
  }
  expect(await readBlob(c.bare, 'main', valuesPath('web', 'staging'))).toBe(valuesText('web', 'staging', BAD));
}

const esc = (x: string): string => x.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** Parity's summary row for prod moving back to GOOD: a rollback, shown by the values file's content since `seed`. */
const ROLLBACK_ROW = (region: string, seed: string): RegExp => {
  const tag = (v: string): string => esc(`0:image.tag=${v}`);
  return new RegExp(`^\\| web \\| prod \\(${region}\\) \\| \`${tag(BAD)}\` → \`${tag(GOOD)}\` \\| staging: .*\`${tag(BAD)}\`.* \\| `
    + `↩️ rollback \\| prod ran ${tag(GOOD)} before \\(charts/web/values-prod-[a-z0-9-]+\\.yaml from ${seed.slice(0, 12)}, [^)]+\\) \\|$`);
};

const REASON = (url: string): RegExp => new RegExp(`^unhealthy: 2 failed samples, more than failure-limit 1; last: ${url.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}/(eu-west-1|us-east-1)/health: status 500, expected 200$`);

describe('promote → wait-healthy → rollback → wait-healthy', () => {
  it('rolls prod back by itself when the promoted version is unhealthy, and the rollback passes parity and health', async () => {
    const c = await chain([BAD]);
    const before = await getJson(c.app.urlOf('eu-west-1', '/health'));
    expect(before).toEqual({ status: 200, body: { status: 'ok', version: GOOD } });

    // Job promote.
    const promote = await step('promote', await checkout(c.name), { token: TOKEN, app: 'web', to: 'prod', version: '', mode: 'push' });
    expectCode(promote, 0);
    expect(promote.outputs).toMatchObject({ version: BAD, 'previous-version': GOOD, changed: 'true' });
    const promotion = promote.outputs['commit-sha'] as string;
    expect(await headOf(c.bare, 'main')).toBe(promotion);

    // Job verify: wait-healthy with the promote step's outputs; the new pods crash-loop.
    const from = c.app.requests.length;
    const verify = await step('wait-healthy', await checkout(c.name), { env: 'prod', app: 'web', version: promote.outputs.version, commit: promote.outputs['commit-sha'] });
    expectCode(verify, 1);
    const reason = verify.outputs.reason as string;
    expect([verify.outputs.verdict, verify.outputs.healthy]).toEqual(['unhealthy', 'false']);
    expect(reason).toMatch(REASON(c.app.url));
    expect(verify.outputs['observed-version']).toBe(GOOD); // the old ReplicaSet still answers /api/version
    const samples = JSON.parse(verify.outputs.samples as string) as unknown;
    expect(samples).toMatchObject({ outcome: 'unhealthy', timedOut: false, samples: 2, targets: 4 });
    expect(verify.summary).toContain('### wait-healthy: web in prod ❌ unhealthy');
    const failure = verify.annotations.filter((a) => a.level === 'error');
    expect(failure.map((a) => [a.message, a.file, a.line])).toEqual([[reason, 'gitops-promote.yaml', lineOf(c.configText, `url: ${c.app.url}/{region}/health`) - 1]]);
    // One request per target (2 checks × 2 regions) per sample, every one of them after the promotion landed.
    const seen = c.app.requests.slice(from);
    expect(seen.map((q) => `${q.region}${q.path.replace(/^\/[a-z0-9-]+/, '')} ${q.deployed} ${q.status}`).sort()).toEqual(
      PROD_REGIONS.flatMap((r) => [`${r}/api/version ${BAD} 200`, `${r}/health ${BAD} 500`]).flatMap((x) => [x, x]).sort());
    expect(c.app.deployedHistory('us-east-1')).toEqual([BAD]);

    // Job rollback: if: failure() && needs.promote.result == 'success' && the verdict is unhealthy.
    expect(promote.code === 0 && verify.code !== 0 && verify.outputs.verdict === 'unhealthy').toBe(true);
    const rollback = await step('rollback', await checkout(c.name, 0), { token: TOKEN, app: 'web', env: 'prod', reason, 'failed-run-url': RUN_URL, mode: 'push' });
    expectCode(rollback, 0);
    const rollbackSha = rollback.outputs['commit-sha'] as string;
    expect(rollback.outputs).toEqual({ version: GOOD, 'rolled-back-from': BAD, 'commit-sha': rollbackSha, 'pr-url': '', changed: 'true' });
    await expectRolledBack(c, promotion, rollbackSha, reason);
    expect(rollback.summary).toContain(`### ↩️ Rolled back web in prod: ${BAD} → ${GOOD}`);
    expect(rollback.summary).toContain(`**Why:** ${reason}\n`);
    expect(rollback.summary).toContain(`Failed run: ${RUN_URL}\n`);
    expect(rollback.summary).toContain(`Undoes [${promotion.slice(0, 12)}](${SERVER_URL}/${REPOSITORY}/commit/${promotion}).`);

    // Job verify-rollback: prod is back on the old version and healthy again.
    const recovered = await step('wait-healthy', await checkout(c.name), { env: 'prod', app: 'web', version: rollback.outputs.version, commit: rollback.outputs['commit-sha'] });
    expectCode(recovered, 0);
    expect(recovered.outputs).toMatchObject({ verdict: 'healthy', healthy: 'true', 'observed-version': GOOD });
    expect(recovered.summary).toContain('### wait-healthy: web in prod ✅ healthy');
    expect(c.app.deployedHistory('eu-west-1')).toEqual([GOOD, BAD, GOOD]);
    expect(c.app.deployedHistory('us-east-1')).toEqual([BAD, GOOD]);
    expect(await getJson(c.app.urlOf('us-east-1', '/api/version'))).toEqual({ status: 200, body: { version: GOOD, commit: rollbackSha, region: 'us-east-1' } });

    // The required check on a pull request of exactly the rollback (base: the promotion). It passes because prod's
    // values files held GOOD from the seed commit on (content history), not because of the Rollback-Of trailer.
    const check = await parity(c, promotion, rollbackSha);
    expectCode(check, 0);
    expect(check.outputs).toMatchObject({ ok: 'true', violations: '[]' });
    const rows = check.summary.split('\n').filter((l) => l.startsWith('| web |'));
    expect(rows).toEqual(PROD_REGIONS.map((r) => expect.stringMatching(ROLLBACK_ROW(r, c.seed))));

    // Nothing else was written: seed, promotion, rollback.
    expect((await logOf(c.bare, 'main')).length).toBe(3);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// examples/workflows/promote.yml, run as the runner runs it.

const EXAMPLE = join(REPO_ROOT, 'examples', 'workflows', 'promote.yml');

interface WorkflowStep { id?: string; uses?: string; run?: string; if?: string; with?: Record<string, unknown> }
interface WorkflowJob { needs?: string | string[]; if?: string; outputs?: Record<string, string>; steps: WorkflowStep[]; permissions?: Record<string, string>; environment?: unknown }
interface Workflow { on: { workflow_dispatch: { inputs: Record<string, { required?: boolean }> } }; jobs: Record<string, WorkflowJob>; permissions?: unknown }

type Value = string | boolean | null;
type Result = 'success' | 'failure' | 'skipped';
interface JobState { result: Result; outputs: Record<string, string> }

/** The action a `uses:` of this repository names: gitops-promote/gitops-promote[/actions/<name>]@v1. */
function ownAction(uses: string): string | undefined {
  const m = /^gitops-promote\/gitops-promote(?:\/actions\/([a-z-]+))?@v1$/.exec(uses);
  return m ? (m[1] ?? 'promote') : undefined;
}

/** The action.yml a `uses:` of this repository points at (the root one is the promote action). */
const metadataOf = (uses: string): ReturnType<typeof actionMetadata> =>
  (/^gitops-promote\/gitops-promote@/.test(uses) ? parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as ReturnType<typeof actionMetadata> : actionMetadata(ownAction(uses) as string));

const needsOf = (job: WorkflowJob): string[] => (job.needs === undefined ? [] : Array.isArray(job.needs) ? job.needs : [job.needs]);

/**
 * The subset of GitHub's expression language the example uses: contexts (inputs, github, needs, steps), string
 * literals, == and != (case-insensitive, as GitHub compares strings), !, &&, ||, parentheses, and the status
 * functions success(), failure(), cancelled(), always(). Anything else throws.
 */
function evaluate(expr: string, ctx: Record<string, unknown>, status: { success: boolean; failure: boolean }): Value {
  const tokens = expr.match(/\s*('(?:[^']|'')*'|&&|\|\||==|!=|!|\(|\)|[A-Za-z_][A-Za-z0-9_.-]*)/gy);
  if (!tokens || tokens.join('').trim() !== expr.trim()) throw new Error(`expression not understood: ${expr}`);
  const toks = tokens.map((t) => t.trim());
  let i = 0;
  const peek = (): string | undefined => toks[i];
  const truthy = (v: Value): boolean => v !== null && v !== false && v !== '';
  const str = (v: Value): string => (v === null ? '' : String(v));
  const primary = (): Value => {
    const t = toks[i++];
    if (t === undefined) throw new Error(`expression ends early: ${expr}`);
    if (t === '(') {
      const v = or();
      if (toks[i++] !== ')') throw new Error(`expected ) in ${expr}`);
      return v;
    }
    if (t.startsWith("'")) return t.slice(1, -1).replace(/''/g, "'");
    if (peek() === '(') {
      i += 1;
      if (toks[i++] !== ')') throw new Error(`only functions without arguments are supported: ${expr}`);
      if (t === 'success') return status.success;
      if (t === 'failure') return status.failure;
      if (t === 'cancelled') return false;
      if (t === 'always') return true;
      throw new Error(`unknown function ${t}() in ${expr}`);
    }
    let v: unknown = ctx;
    for (const part of t.split('.')) v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[part] : undefined;
    if (v === undefined || v === null) return null;
    if (typeof v !== 'string' && typeof v !== 'boolean') throw new Error(`${t} is not a string in ${expr}`);
    return v;
  };
  const unary = (): Value => {
    if (peek() === '!') {
      i += 1;
      return !truthy(unary());
    }
    const a = primary();
    if (peek() === '==' || peek() === '!=') {
      const op = toks[i++];
      const b = primary();
      const eq = str(a).toLowerCase() === str(b).toLowerCase() && (typeof a === 'boolean') === (typeof b === 'boolean');
      return op === '==' ? eq : !eq;
    }
    return a;
  };
  const and = (): Value => {
    let v = unary();
    while (peek() === '&&') {
      i += 1;
      const w = unary();
      v = truthy(v) ? w : v;
    }
    return v;
  };
  const or = (): Value => {
    let v = and();
    while (peek() === '||') {
      i += 1;
      const w = and();
      v = truthy(v) ? v : w;
    }
    return v;
  };
  const v = or();
  if (i !== toks.length) throw new Error(`unexpected ${toks[i]} in ${expr}`);
  return v;
}

/** A `${{ }}` template (a with: value, an output) → its string. */
function interpolate(template: unknown, ctx: Record<string, unknown>): string {
  return String(template).replace(/\$\{\{(.*?)\}\}/g, (_m, e: string) => {
    const v = evaluate(e, ctx, { success: true, failure: false });
    return v === null ? '' : String(v);
  });
}

const condition = (text: string): string => text.trim().replace(/^\$\{\{([\s\S]*)\}\}$/, '$1');

interface WorkflowRun { jobs: Record<string, JobState>; steps: Record<string, ActionRun[]> }

/** Runs the example's jobs in dependency order, one checkout per job, as a workflow_dispatch with `inputs`. */
async function runWorkflow(c: Chain, inputs: Record<string, string>): Promise<WorkflowRun> {
  const wf = parse(readFileSync(EXAMPLE, 'utf8')) as Workflow;
  const github = { server_url: SERVER_URL, repository: REPOSITORY, run_id: RUN_ID, token: TOKEN };
  const jobs: Record<string, JobState> = {};
  const steps: Record<string, ActionRun[]> = {};
  const ancestors = (name: string): string[] => needsOf(wf.jobs[name] as WorkflowJob).flatMap((p) => [p, ...ancestors(p)]);
  const pending = Object.keys(wf.jobs);
  while (pending.length) {
    const name = pending.find((j) => needsOf(wf.jobs[j] as WorkflowJob).every((p) => p in jobs));
    if (!name) throw new Error(`no runnable job among ${pending.join(', ')}`);
    pending.splice(pending.indexOf(name), 1);
    const job = wf.jobs[name] as WorkflowJob;
    const needs = Object.fromEntries(needsOf(job).map((p) => [p, jobs[p]]));
    const ctx: Record<string, unknown> = { inputs, github, needs };
    const up = [...new Set(ancestors(name))].map((a) => (jobs[a] as JobState).result);
    const status = { success: up.every((r) => r === 'success'), failure: up.includes('failure') };
    const run = job.if === undefined ? status.success : evaluate(condition(job.if), ctx, status);
    if (!(run !== null && run !== false && run !== '')) {
      jobs[name] = { result: 'skipped', outputs: {} };
      continue;
    }
    const stepOutputs: Record<string, { outputs: Record<string, string> }> = {};
    const runs: ActionRun[] = [];
    let workspace: string | undefined;
    let result: Result = 'success';
    for (const s of job.steps) {
      if (s.run !== undefined || s.if !== undefined || !s.uses) throw new Error(`${name}: only plain uses: steps are supported`);
      const stepCtx = { ...ctx, steps: stepOutputs };
      const w = Object.fromEntries(Object.entries(s.with ?? {}).map(([k, v]) => [k, interpolate(v, stepCtx)]));
      if (s.uses === 'actions/checkout@v6') {
        expect(w['persist-credentials']).toBe('false');
        workspace = await checkout(c.name, w['fetch-depth'] === '0' ? 0 : 1);
        continue;
      }
      const action = ownAction(s.uses);
      if (!action || !workspace) throw new Error(`${name}: unexpected step ${s.uses}`);
      const r = await step(action, workspace, w);
      runs.push(r);
      if (s.id) stepOutputs[s.id] = { outputs: r.outputs };
      if (r.code !== 0) {
        result = 'failure';
        break;
      }
    }
    const outputs = Object.fromEntries(Object.entries(job.outputs ?? {}).map(([k, v]) => [k, interpolate(v, { ...ctx, steps: stepOutputs })]));
    jobs[name] = { result, outputs };
    steps[name] = runs;
  }
  return { jobs, steps };
}

describe('examples/workflows/promote.yml', () => {
  it('uses each action with inputs its action.yml declares (every required one), and outputs that exist', () => {
    const files = readdirSync(join(REPO_ROOT, 'examples', 'workflows')).filter((f) => /\.ya?ml$/.test(f));
    expect(files).toContain('promote.yml');
    let uses = 0;
    for (const file of files) {
      const wf = parse(readFileSync(join(REPO_ROOT, 'examples', 'workflows', file), 'utf8')) as Workflow;
      for (const [jobName, job] of Object.entries(wf.jobs)) {
        const usesOf: Record<string, string> = {};
        for (const s of job.steps) {
          const action = s.uses ? ownAction(s.uses) : undefined;
          if (s.uses?.startsWith('gitops-promote/') && !action) throw new Error(`${file} ${jobName}: ${s.uses} is not an action of this repository`);
          if (!action) continue;
          uses += 1;
          if (s.id) usesOf[s.id] = s.uses as string;
          const meta = metadataOf(s.uses as string);
          expect(meta.runs).toEqual({ using: 'node24', main: expect.stringMatching(new RegExp(`dist/${action}/index\\.js$`)) });
          const declared = meta.inputs ?? {};
          for (const k of Object.keys(s.with ?? {})) if (!(k in declared)) throw new Error(`${file} ${jobName}: input ${k} is not declared by actions/${action}/action.yml`);
          for (const [k, spec] of Object.entries(declared)) {
            if (spec.required && spec.default === undefined && !(k in (s.with ?? {}))) throw new Error(`${file} ${jobName}: required input ${k} of ${action} is missing`);
          }
        }
        // steps.<id>.outputs.<name> must be a step of the job, and an output of it when it is one of this repository's
        // actions (other actions' and scripts' outputs are theirs); needs.<job>.outputs.<name> outputs of that job.
        const text = JSON.stringify(job);
        const ids = new Set(job.steps.map((s) => s.id));
        for (const [, id, out] of text.matchAll(/steps\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)/g)) {
          if (!ids.has(id)) throw new Error(`${file} ${jobName}: steps.${id} is not a step of this job`);
          const uses = usesOf[id as string];
          if (!uses) continue;
          if (!((out as string) in (metadataOf(uses).outputs ?? {}))) throw new Error(`${file} ${jobName}: ${uses} has no output ${out}`);
        }
        for (const [, need, out] of text.matchAll(/needs\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)/g)) {
          if (!needsOf(job).includes(need as string)) throw new Error(`${file} ${jobName}: needs.${need} is not in needs`);
          if (!((out as string) in (wf.jobs[need as string]?.outputs ?? {}))) throw new Error(`${file} ${jobName}: job ${need} has no output ${out}`);
        }
      }
    }
    expect(uses).toBeGreaterThanOrEqual(7);
    // Least privilege: nothing at the top, contents: write only in the jobs that push.
    const wf = parse(readFileSync(EXAMPLE, 'utf8')) as Workflow;
    expect(wf.permissions).toEqual({});
    expect(Object.fromEntries(Object.entries(wf.jobs).map(([k, j]) => [k, j.permissions]))).toEqual({
      promote: { contents: 'write' }, verify: { contents: 'read' }, rollback: { contents: 'write' }, 'verify-rollback': { contents: 'read' },
    });
    expect(wf.jobs.promote?.environment).toBe('${{ inputs.to }}');
  });

  it('runs its jobs on an unhealthy promotion: promote, verify fails, rollback lands with the reason, verify-rollback passes', async () => {
    const c = await chain([BAD]);
    const run = await runWorkflow(c, { app: 'web', to: 'prod', version: '' });
    expect(Object.fromEntries(Object.entries(run.jobs).map(([k, j]) => [k, j.result]))).toEqual({ promote: 'success', verify: 'failure', rollback: 'success', 'verify-rollback': 'success' });
    const promotion = run.jobs.promote?.outputs['commit-sha'] as string;
    const reason = run.jobs.verify?.outputs.reason as string;
    expect([run.jobs.verify?.outputs.verdict, run.jobs.verify?.outputs.healthy]).toEqual(['unhealthy', 'false']);
    expect(reason).toMatch(REASON(c.app.url));
    expect(run.jobs.rollback?.outputs.version).toBe(GOOD);
    await expectRolledBack(c, promotion, run.jobs.rollback?.outputs['commit-sha'] as string, reason);
    expect(run.steps.rollback?.[0]?.summary).toContain(`Failed run: ${RUN_URL}\n`);
    expect(run.steps['verify-rollback']?.[0]?.outputs).toMatchObject({ healthy: 'true', 'observed-version': GOOD });
  });

  it('runs its jobs on a healthy promotion: verify passes, no rollback', async () => {
    const c = await chain([]);
    const run = await runWorkflow(c, { app: 'web', to: 'prod', version: '' });
    expect(Object.fromEntries(Object.entries(run.jobs).map(([k, j]) => [k, j.result]))).toEqual({ promote: 'success', verify: 'success', rollback: 'skipped', 'verify-rollback': 'skipped' });
    expect(run.jobs.verify?.outputs).toEqual({ verdict: 'healthy', healthy: 'true', reason: expect.stringMatching(/^healthy/) });
    const log = await logOf(c.bare, 'main');
    expect(log.map((e) => e.sha)).toEqual([run.jobs.promote?.outputs['commit-sha'], c.seed]);
    for (const key of PROD_KEYS) expect(await readBlob(c.bare, 'main', valuesPath('web', key))).toBe(valuesText('web', key, BAD));
  });

  it('does not roll back when the promotion was refused, nor when wait-healthy fails on bad input', async () => {
    const c = await chain([BAD]);
    const pushes = server.counts['receive-pack'];
    // prod before staging: the gate refuses, nothing lands, nothing to verify or undo.
    const refused = await runWorkflow(c, { app: 'web', to: 'prod', version: '1.2.0' });
    expect(Object.fromEntries(Object.entries(refused.jobs).map(([k, j]) => [k, j.result]))).toEqual({ promote: 'failure', verify: 'skipped', rollback: 'skipped', 'verify-rollback': 'skipped' });
    expect(server.counts['receive-pack']).toBe(pushes);
    // dev has no health.dev in the config: wait-healthy exits 2 before any request and healthy stays empty.
    const unchecked = await runWorkflow(c, { app: 'web', to: 'dev', version: '1.2.0' });
    expect(Object.fromEntries(Object.entries(unchecked.jobs).map(([k, j]) => [k, j.result]))).toEqual({ promote: 'success', verify: 'failure', rollback: 'skipped', 'verify-rollback': 'skipped' });
    expect(unchecked.steps.verify?.[0]?.code).toBe(2);
    expect(unchecked.jobs.verify?.outputs).toEqual({ verdict: '', healthy: '', reason: '' });
    expect((await logOf(c.bare, 'main')).map((e) => e.sha)).toEqual([unchecked.jobs.promote?.outputs['commit-sha'], c.seed]);
  });

  it('stops the chain without a rollback when wait-healthy cannot decide (verdict unknown), even for a bad version', async () => {
    const c = await chain([BAD], unreachableCluster);
    const run = await runWorkflow(c, { app: 'web', to: 'prod', version: '' });
    expect(Object.fromEntries(Object.entries(run.jobs).map(([k, j]) => [k, j.result]))).toEqual({ promote: 'success', verify: 'failure', rollback: 'skipped', 'verify-rollback': 'skipped' });
    expect(run.steps.verify?.[0]?.code).toBe(3);
    expect(run.jobs.verify?.outputs).toEqual({ verdict: 'unknown', healthy: 'false', reason: expect.stringMatching(/^unknown: Deployment prod\/web: the Kubernetes API cannot be reached: kubectl: The connection to the server 127\.0\.0\.1:1 was refused/) });
    // Only the promotion: nothing was undone on a guess.
    expect((await logOf(c.bare, 'main')).map((e) => e.sha)).toEqual([run.jobs.promote?.outputs['commit-sha'], c.seed]);
  });
});
