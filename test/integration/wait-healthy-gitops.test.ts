// wait-healthy's argocd, flux, kubernetes and rollout checks: the built CLI under Node 24 against an Argo CD API
// double and a Kubernetes API double (HTTPS, bearer token) read through the real kubectl, with a real config
// repository whose history says which synced commits carry the promotion. The objects served are the shapes the
// real controllers write (helpers/health-doubles.ts names the upstream source of each); what a live cluster and a
// live Argo CD do is not exercised here (docs/wait-healthy.md says what is and is not tested).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCliBundle, type CliRun } from './helpers/action-runner.js';
import { cloneRepo, commitToBare, createBareRepo, gitOk } from './helpers/git-repo.js';
import {
  analysisRun, argoApplication, argoDouble, daemonSet, deployment, fluxKustomization, helmRelease, kubeDouble, makeCerts, rolloutObject,
  statefulSet, writeKubeconfig, type Certs, type Served,
} from './helpers/health-doubles.js';

const ARGO_TOKEN = 'argo-token-7c1f9e2d';
const KUBE_TOKEN = 'kube-token-5b8a3c0e';
const DIGEST = 'latest@sha256:5f3c0d2a9b8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a';

let dir: string;
let certs: Certs;
const servers: Served[] = [];
let kubeconfig: string;
/** The config repository: SEED, then COMMIT (the promotion); NEWER lands after the clone was made. */
let clone: string;
let SEED: string;
let COMMIT: string;
let NEWER: string;
/** Requests seen per path, so objects move on as a rollout would. */
const seen: Record<string, number> = {};
const step = (path: string): number => (seen[path] = (seen[path] ?? 0) + 1);
const at = <T>(list: T[], n: number): T => list[Math.min(n, list.length) - 1] as T;
const c12 = (sha: string): string => sha.slice(0, 12);

const argoApps: Record<string, () => unknown> = {
  'web-prod': () => at([
    argoApplication('web-prod', { sync: 'Synced', revision: SEED, health: 'Healthy' }),
    // The controller compared COMMIT (sync.revision) and started syncing it.
    argoApplication('web-prod', { sync: 'OutOfSync', revision: COMMIT, health: 'Healthy', op: { phase: 'Running', message: 'one or more tasks are running', revision: COMMIT } }),
    argoApplication('web-prod', { sync: 'Synced', revision: COMMIT, health: 'Healthy', op: { phase: 'Running', message: 'waiting for completion of hook batch/Job/smoke-test', revision: COMMIT } }),
    argoApplication('web-prod', { sync: 'Synced', revision: COMMIT, health: 'Healthy' }),
  ], step('argo/web-prod')),
  'failed-sync': () => argoApplication('failed-sync', { sync: 'OutOfSync', revision: COMMIT, health: 'Healthy', op: { phase: 'Failed', finishedAt: '2026-11-23T10:00:00Z', revision: COMMIT, message: 'one or more objects failed to apply, reason: Deployment.apps "web" is invalid' } }),
  'hook-failed': () => argoApplication('hook-failed', { sync: 'Synced', revision: COMMIT, health: 'Healthy', op: { phase: 'Failed', finishedAt: '2026-11-23T10:00:00Z', revision: COMMIT, message: 'one or more synchronization tasks completed unsuccessfully' } }),
  later: () => argoApplication('later', { sync: 'Synced', revision: NEWER, health: 'Healthy' }),
  'multi-prod': () => argoApplication('multi-prod', { sync: 'Synced', revisions: ['6.5.3', COMMIT], health: 'Healthy' }),
  'broken-prod': () => argoApplication('broken-prod', { sync: 'Synced', revision: COMMIT, health: 'Degraded', message: 'Deployment "web" exceeded its progress deadline' }),
};

const KS = '/apis/kustomize.toolkit.fluxcd.io/v1/namespaces/flux-system/kustomizations';
const DEPLOY = '/apis/apps/v1/namespaces/prod/deployments';
const ROLLOUTS = '/apis/argoproj.io/v1alpha1/namespaces/prod/rollouts';
const kubeObjects: Record<string, () => unknown> = {
  [`${KS}/apps`]: () => at([
    fluxKustomization('apps', { applied: `main@sha1:${SEED}`, ready: 'True', reason: 'ReconciliationSucceeded' }),
    fluxKustomization('apps', { applied: `main@sha1:${SEED}`, attempted: `main@sha1:${COMMIT}`, ready: 'Unknown', reason: 'Progressing', message: 'Reconciliation in progress' }),
    fluxKustomization('apps', { applied: `main@sha1:${COMMIT}`, ready: 'True', reason: 'ReconciliationSucceeded' }),
  ], step('ks/apps')),
  [`${KS}/failing`]: () =>
    fluxKustomization('failing', { applied: `main@sha1:${SEED}`, attempted: `main@sha1:${COMMIT}`, ready: 'False', reason: 'HealthCheckFailed', message: 'health check failed after 5m0s: timeout waiting for: [Deployment/prod/web status: \'InProgress\']' }),
  [`${KS}/oci`]: () => fluxKustomization('oci', { source: 'OCIRepository', applied: DIGEST, appliedOrigin: `main@sha1:${COMMIT}`, ready: 'True', reason: 'ReconciliationSucceeded' }),
  [`${KS}/canceled`]: () => at([
    fluxKustomization('canceled', { applied: `main@sha1:${SEED}`, attempted: `main@sha1:${COMMIT}`, ready: 'False', reason: 'HealthCheckCanceled', message: 'New reconciliation triggered by GitRepository/flux-system/flux-system' }),
    fluxKustomization('canceled', { applied: `main@sha1:${NEWER}`, ready: 'True', reason: 'ReconciliationSucceeded' }),
  ], step('ks/canceled')),
  [`${KS}/spec-change`]: () => fluxKustomization('spec-change', { applied: `main@sha1:${SEED}`, attempted: `main@sha1:${COMMIT}`, generation: 3, observed: 2, ready: 'False', reason: 'BuildFailed', message: 'kustomize build failed: accumulating resources: \'patches/web.yaml\' not found' }),
  '/apis/helm.toolkit.fluxcd.io/v2/namespaces/flux-system/helmreleases/web': () => at([
    helmRelease('web', { generation: 7, observed: 6, ready: 'True', reason: 'UpgradeSucceeded' }),
    helmRelease('web', { generation: 7, observed: 7, ready: 'True', reason: 'UpgradeSucceeded' }),
  ], step('hr/web')),
  [`${DEPLOY}/web`]: () => at([
    deployment('web', 'prod', { tag: 'v1.2.2' }),
    deployment('web', 'prod', { tag: 'v1.2.3', generation: 5, observed: 4 }),
    deployment('web', 'prod', { tag: 'v1.2.3', generation: 5, updated: 1, available: 3, total: 4 }),
    deployment('web', 'prod', { tag: 'v1.2.3', generation: 5, updated: 3, available: 2 }),
    deployment('web', 'prod', { tag: 'v1.2.3', generation: 5 }),
  ], step('deploy/web')),
  // The previous rollout ran past its deadline; the new generation is not observed yet, then rolls out.
  [`${DEPLOY}/redeploy`]: () => at([
    deployment('redeploy', 'prod', { tag: 'v1.2.3', generation: 6, observed: 5, updated: 1, deadlineExceeded: true }),
    deployment('redeploy', 'prod', { tag: 'v1.2.3', generation: 6 }),
  ], step('deploy/redeploy')),
  [`${DEPLOY}/stuck`]: () => deployment('stuck', 'prod', { tag: 'v1.2.3', updated: 1, deadlineExceeded: true }),
  '/apis/apps/v1/namespaces/prod/statefulsets/db': () => at([
    statefulSet('db', 'prod', { tag: 'v1.2.3', generation: 4, observed: 3 }),
    statefulSet('db', 'prod', { tag: 'v1.2.3', generation: 4, ready: 2, updated: 1 }),
    statefulSet('db', 'prod', { tag: 'v1.2.3', generation: 4, updated: 2 }),
    statefulSet('db', 'prod', { tag: 'v1.2.3', generation: 4 }),
  ], step('sts/db')),
  '/apis/apps/v1/namespaces/prod/daemonsets/agent': () => at([
    daemonSet('agent', 'prod', { tag: 'v1.2.3', updated: 2 }),
    daemonSet('agent', 'prod', { tag: 'v1.2.3', available: 3 }),
    daemonSet('agent', 'prod', { tag: 'v1.2.3' }),
  ], step('ds/agent')),
  [`${ROLLOUTS}/web`]: () => at([
    rolloutObject('web', 'prod', { tag: 'v1.2.2', state: 'healthy' }),
    rolloutObject('web', 'prod', { tag: 'v1.2.3', state: 'progressing', generation: 16, observed: 15 }),
    rolloutObject('web', 'prod', { tag: 'v1.2.3', state: 'paused', generation: 16 }),
    rolloutObject('web', 'prod', { tag: 'v1.2.3', state: 'healthy', generation: 16 }),
  ], step('ro/web')),
  [`${ROLLOUTS}/canary-bad`]: () => rolloutObject('canary-bad', 'prod', { tag: 'v1.2.3', state: 'aborted', message: 'metric "success-rate" assessed Failed\n::warning::pwned by the cluster' }),
  '/apis/argoproj.io/v1alpha1/namespaces/prod/analysisruns/canary-bad-db976bc44-2': () => analysisRun('canary-bad-db976bc44-2', 'prod', '[0.81]', 'metric "success-rate" assessed Failed due to failed (1) > failureLimit (0)'),
  [`${ROLLOUTS}/held`]: () => rolloutObject('held', 'prod', { tag: 'v1.2.3', state: 'paused' }),
};

let argo: Served;
let kube: Served;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gitops-promote-wh-gitops-'));
  certs = makeCerts();
  const bare = await createBareRepo(dir, 'config', { 'apps/web/values.yaml': 'tag: v1.2.2\n' });
  SEED = (await gitOk(['rev-parse', 'main'], { cwd: bare })).trim();
  COMMIT = await commitToBare(bare, 'main', { 'apps/web/values.yaml': 'tag: v1.2.3\n' }, 'promote(web): prod v1.2.2 -> v1.2.3');
  clone = await cloneRepo(bare, join(dir, 'clone'));
  // Another app's promotion lands before the agent syncs: the agent goes straight to it; the clone lacks it.
  NEWER = await commitToBare(bare, 'main', { 'apps/api/values.yaml': 'tag: v2.0.0\n' }, 'promote(api): prod v1.9.0 -> v2.0.0');
  argo = await argoDouble(ARGO_TOKEN, () => new Proxy({}, { get: (_t, p: string) => argoApps[p]?.() }) as Record<string, unknown>);
  kube = await kubeDouble(certs, KUBE_TOKEN, () => new Proxy({}, { get: (_t, p: string) => kubeObjects[p]?.() }) as Record<string, unknown>);
  servers.push(argo, kube);
  kubeconfig = writeKubeconfig(dir, kube.url, certs.ca, KUBE_TOKEN);
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  certs?.cleanup();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const wait = (args: string[], env: Record<string, string> = {}, cwd = dir): Promise<CliRun> =>
  runCliBundle(['wait-healthy', '--env', 'prod', '--interval', '200ms', '--json', ...args], cwd, env);
interface Out {
  verdict: string; healthy: boolean; reason: string; observedVersion: string; samples: { timedOut: boolean; samples: number };
}
const out = (r: CliRun): Out => {
  try {
    return JSON.parse(r.stdout) as Out;
  } catch {
    throw new Error(`not JSON: exit ${r.code}\n${r.stdout}\n${r.stderr}`);
  }
};
const argoArgs = (app: string, ...more: string[]): string[] => ['--argocd-url', argo.url, '--argocd-app', app, '--commit', COMMIT, ...more];
const withToken = { ARGOCD_TOKEN: ARGO_TOKEN };
/** Lines the runner would run as workflow commands (actions/runner: `::` after leading blanks, `##[` anywhere). */
const commandLines = (text: string): string[] => text.split(/\r\n|\r|\n/).filter((l) => /^\s*::[a-z-]+/i.test(l) || /##\[[a-z-]+/i.test(l));

describe('wait-healthy: Argo CD, as argocd app wait --sync --health --operation', () => {
  it('waits for the sync of the commit and its hooks to finish, then Healthy; multi-source apps; Degraded fails', async () => {
    const [ok, multi, degraded] = await Promise.all([
      wait(['--repo', clone, ...argoArgs('web-prod', '--success-threshold', '2', '--timeout', '15s')], withToken),
      wait(['--argocd-url', argo.url, '--argocd-app', 'multi-prod', '--commit', COMMIT.slice(0, 7), '--success-threshold', '1', '--timeout', '5s'], withToken),
      wait(argoArgs('broken-prod', '--failure-limit', '0', '--timeout', '5s'), withToken),
    ]);
    expect(ok.code).toBe(0);
    expect(ok.stderr).toContain(`waiting for argocd app web-prod to sync ${c12(COMMIT)} (now ${c12(SEED)})`);
    expect(ok.stderr).toContain('waiting for argocd app web-prod to finish its sync operation (Running)');
    expect(out(ok)).toMatchObject({ verdict: 'healthy', healthy: true, reason: expect.stringMatching(/^healthy: 2 consecutive samples/) });
    expect(multi.code).toBe(0);
    expect(degraded.code).toBe(1);
    expect(out(degraded).reason).toBe(`unhealthy: 1 failed sample, more than failure-limit 0; last: argocd app broken-prod: Synced at ${c12(COMMIT)}, Degraded (Deployment "web" exceeded its progress deadline)`);
  });

  it('a failed sync of the commit, and a PostSync hook that failed while the app is Synced and Healthy, are unhealthy at once', async () => {
    const [failed, hook] = await Promise.all([
      wait(argoArgs('failed-sync', '--failure-limit', '5', '--timeout', '20s'), withToken),
      wait(argoArgs('hook-failed', '--failure-limit', '5', '--timeout', '20s'), withToken),
    ]);
    expect([failed.code, out(failed).verdict]).toEqual([1, 'unhealthy']);
    expect(out(failed).reason).toBe(`unhealthy: argocd app failed-sync: sync of ${c12(COMMIT)} failed: one or more objects failed to apply, reason: Deployment.apps "web" is invalid`);
    expect([hook.code, out(hook).reason]).toEqual([1, `unhealthy: argocd app hook-failed: sync of ${c12(COMMIT)} failed: one or more synchronization tasks completed unsuccessfully`]);
    // At once: on the first sample, with failure-limit 5 not used up and the 20 s deadline not reached.
    for (const r of [failed, hook]) expect(out(r).samples).toMatchObject({ timedOut: false, samples: 1 });
  });

  it('a synced commit after the promotion carries it: the config repository\'s history says so (fetched when missing)', async () => {
    const [withHistory, without] = await Promise.all([
      wait(['--repo', clone, ...argoArgs('later', '--success-threshold', '1', '--timeout', '10s')], withToken),
      // 4 s: room for samples on a busy machine; the verdict at the deadline is what this reads.
      wait(argoArgs('later', '--success-threshold', '1', '--timeout', '4s'), withToken),
    ]);
    expect(withHistory.code).toBe(0);
    expect(out(withHistory).reason).toMatch(/^healthy: 1 consecutive sample/);
    // The clone lacked NEWER before the run and fetched it.
    expect(await gitOk(['cat-file', '-t', NEWER], { cwd: clone })).toBe('commit\n');
    // Without a clone only the commit itself counts, the log says why, and a later commit cannot be placed: unknown.
    expect(without.code).toBe(3);
    expect(without.stderr).toMatch(/warning: no clone of the config repository .*only a revision equal to/);
    expect(out(without).reason).toMatch(new RegExp(`^unknown: timed out after 4s .*cannot tell whether this carries ${c12(COMMIT)}$`));
  });

  it('an unknown app and a refused token give no verdict (exit 3), never unhealthy', async () => {
    const [unknownApp, denied] = await Promise.all([
      wait(argoArgs('no-such-app', '--failure-limit', '5', '--timeout', '10s'), withToken),
      wait(argoArgs('web-prod', '--failure-limit', '5', '--timeout', '10s'), { ARGOCD_TOKEN: 'not-the-token-1234' }),
    ]);
    expect([unknownApp.code, out(unknownApp).verdict, out(unknownApp).healthy]).toEqual([3, 'unknown', false]);
    expect(out(unknownApp).reason).toBe('unknown: argocd app no-such-app: application no-such-app not found or not permitted (status 403)');
    expect(denied.code).toBe(3);
    expect(out(denied).reason).toBe('unknown: argocd app web-prod: Argo CD refused the token (status 401); expected a valid token that may get application web-prod');
    for (const r of [unknownApp, denied]) expect(r.stdout + r.stderr).not.toMatch(/argo-token-7c1f9e2d|not-the-token-1234/);
    expect(argo.requests.every((q) => q.path.startsWith('/api/v1/applications/'))).toBe(true);
  });
});

describe('wait-healthy: Flux through kubectl, as kustomize-controller writes its status', () => {
  it('reads checks from gitops-promote.yaml: a Kustomization at the commit and a Deployment rolled out at the version', async () => {
    // Run in the config repository's checkout, as in a workflow: its gitops-promote.yaml, its history.
    writeFileSync(join(clone, 'gitops-promote.yaml'), [
      'version: 1',
      'environments: [dev, prod]',
      'health:',
      '  prod:',
      '    interval: 200ms',
      '    timeout: 20s',
      '    successThreshold: 2',
      '    checks:',
      '      - type: flux',
      '        name: apps',
      `        kubeconfig: ${kubeconfig}`,
      '      - type: kubernetes',
      '        deployment: "{app}"',
      '        namespace: prod',
      `        kubeconfig: ${kubeconfig}`,
      '',
    ].join('\n'));
    // The config comes from the commit read (HEAD), as for every verb: not yet committed, it is not used.
    const uncommitted = await wait(['--app', 'web', '--version', 'v1.2.3', '--commit', COMMIT], {}, clone);
    expect(uncommitted.code).toBe(2);
    expect(uncommitted.stderr).toMatch(/^warning: gitops-promote\.yaml in the working tree differs from HEAD \([0-9a-f]{12}\); read the committed one/m);
    expect(uncommitted.stderr).toMatch(/^error: no health checks for environment "prod"/m);
    await gitOk(['add', 'gitops-promote.yaml'], { cwd: clone });
    await gitOk(['commit', '--quiet', '-m', 'health checks for prod'], { cwd: clone });
    const r = await wait(['--app', 'web', '--version', 'v1.2.3', '--commit', COMMIT], {}, clone);
    expect(r.code).toBe(0);
    const o = out(r);
    expect(o.reason).toMatch(/^healthy: 2 consecutive samples with every check passing \(2 targets\)/);
    expect(o.observedVersion).toBe('v1.2.3');
    expect(r.stderr).toContain(`waiting for Kustomization flux-system/apps to apply ${c12(COMMIT)} (now main@sha1:${SEED})`);
    expect(r.stderr).toMatch(/waiting for Deployment prod\/web to (run v1\.2\.3 \(now v1\.2\.2\)|observe generation 5|roll out \()/);
    expect(r.stderr).not.toContain(KUBE_TOKEN);
  });

  it('an OCI source\'s commit in lastAppliedOriginRevision; HealthCheckCanceled for a newer revision waits; a failed build after a spec change fails', async () => {
    const flux = (name: string, ...more: string[]): string[] => ['--flux-name', name, '--kubeconfig', kubeconfig, '--commit', COMMIT, '--repo', clone, ...more];
    const [oci, canceled, specChange] = await Promise.all([
      wait(flux('oci', '--success-threshold', '1', '--timeout', '10s')),
      wait(flux('canceled', '--success-threshold', '1', '--failure-limit', '0', '--timeout', '10s')),
      wait(flux('spec-change', '--failure-limit', '0', '--timeout', '10s')),
    ]);
    expect(oci.code).toBe(0);
    expect(out(oci).reason).toMatch(/^healthy: 1 consecutive sample/);
    expect(canceled.code).toBe(0);
    expect(canceled.stderr).toContain('waiting for Kustomization flux-system/canceled to finish reconciling the newer revision');
    expect(specChange.code).toBe(1);
    expect(out(specChange).reason).toBe(`unhealthy: 1 failed sample, more than failure-limit 0; last: Kustomization flux-system/spec-change: Ready=False BuildFailed: kustomize build failed: accumulating resources: 'patches/web.yaml' not found (attempted main@sha1:${COMMIT})`);
  });

  it('fails on a Kustomization whose attempt at the commit failed, with the config line; a HelmRelease catches up', async () => {
    writeFileSync(join(dir, 'failing.yaml'), ['version: 1', 'health:', '  prod:', '    checks:', '      - type: flux', '        name: failing', `        kubeconfig: ${kubeconfig}`, ''].join('\n'));
    const [failing, helm] = await Promise.all([
      wait(['--config', 'failing.yaml', '--commit', COMMIT, '--failure-limit', '0', '--timeout', '10s']),
      wait(['--flux-kind', 'HelmRelease', '--flux-name', 'web', '--kubeconfig', kubeconfig, '--success-threshold', '1', '--timeout', '10s']),
    ]);
    expect(failing.code).toBe(1);
    expect(out(failing).reason).toMatch(/^unhealthy: 1 failed sample, more than failure-limit 0; last: Kustomization flux-system\/failing: Ready=False HealthCheckFailed: health check failed after 5m0s/);
    expect(failing.err).toContain(`error: failing.yaml:5: ${out(failing).reason}`);
    expect(helm.code).toBe(0);
    expect(helm.stderr).toContain('waiting for HelmRelease flux-system/web to reconcile generation 7 (now 6)');
  });
});

describe('wait-healthy: Kubernetes workloads through kubectl, as kubectl rollout status', () => {
  it('a deadline left from the previous rollout waits for the new generation; StatefulSet and DaemonSet roll out', async () => {
    const k = (...more: string[]): string[] => ['--namespace', 'prod', '--kubeconfig', kubeconfig, '--version', 'v1.2.3', '--success-threshold', '1', '--timeout', '10s', ...more];
    const [redeploy, sts, ds] = await Promise.all([
      wait(k('--deployment', 'redeploy')),
      wait(k('--statefulset', 'db')),
      wait(k('--daemonset', 'agent')),
    ]);
    expect(redeploy.code).toBe(0);
    expect(redeploy.stderr).toContain('waiting for Deployment prod/redeploy to observe generation 6');
    expect(sts.code).toBe(0);
    expect(sts.stderr).toContain('waiting for StatefulSet prod/db to observe generation 4');
    expect(sts.stderr).toContain('waiting for StatefulSet prod/db to roll out (1 pods not ready)');
    expect(sts.stderr).toContain('waiting for StatefulSet prod/db to roll out (2 of 3 updated)');
    expect(ds.code).toBe(0);
    expect(ds.stderr).toContain('waiting for DaemonSet prod/agent to roll out (2 of 4 updated)');
    expect(ds.stderr).toContain('waiting for DaemonSet prod/agent to roll out (3 of 4 available)');
  });

  it('a deadline passed by this rollout is unhealthy at once; a missing object or a refused token gives no verdict', async () => {
    const bad = writeKubeconfig(mkdtempSync(join(dir, 'kc-')), kube.url, certs.ca, 'wrong-token-42');
    const [stuck, missing, refused] = await Promise.all([
      wait(['--deployment', 'stuck', '--namespace', 'prod', '--kubeconfig', kubeconfig, '--version', 'v1.2.3', '--timeout', '10s']),
      wait(['--deployment', 'gone', '--namespace', 'prod', '--kubeconfig', kubeconfig, '--timeout', '10s']),
      wait(['--deployment', 'web', '--namespace', 'prod', '--kubeconfig', bad, '--failure-limit', '5', '--timeout', '10s']),
    ]);
    expect([stuck.code, out(stuck).reason]).toEqual([1, 'unhealthy: Deployment prod/stuck: rollout exceeded its progress deadline: ReplicaSet "stuck-7d4b9c" has timed out progressing.']);
    expect(missing.code).toBe(3);
    expect(out(missing).reason).toMatch(/^unknown: Deployment prod\/gone: Deployment prod\/gone not found or not permitted: kubectl: Error from server \(NotFound\): deployments\.apps "gone" not found$/);
    expect(refused.code).toBe(3);
    expect(out(refused).reason).toMatch(/^unknown: Deployment prod\/web: kubectl: .*Unauthorized/);
  });
});

describe('wait-healthy: Argo Rollouts through kubectl', () => {
  it('waits through a canary\'s pause to full promotion; an abort is unhealthy with the failed metric; paused at the deadline is unknown', async () => {
    const ro = (name: string, ...more: string[]): string[] => ['--rollout', name, '--namespace', 'prod', '--kubeconfig', kubeconfig, '--version', 'v1.2.3', ...more];
    const [ok, aborted, held] = await Promise.all([
      wait(ro('web', '--success-threshold', '1', '--timeout', '10s')),
      wait(ro('canary-bad', '--timeout', '10s')),
      wait(ro('held', '--timeout', '4s')), // 4 s: room for a kubectl sample when busy
    ]);
    expect(ok.code).toBe(0);
    expect(ok.stderr).toContain('waiting for Rollout prod/web to run v1.2.3 (now v1.2.2)');
    expect(ok.stderr).toContain('waiting for Rollout prod/web to observe its spec update');
    expect(ok.stderr).toContain('waiting for Rollout prod/web to be promoted (paused: CanaryPauseStep; it resumes after its pause duration or `kubectl argo rollouts promote`)');
    expect(out(ok).reason).toMatch(/^healthy: 1 consecutive sample/);
    expect([aborted.code, out(aborted).verdict]).toEqual([1, 'unhealthy']);
    expect(out(aborted).reason).toBe('unhealthy: Rollout prod/canary-bad: aborted: RolloutAborted: Rollout aborted update to revision 2: metric "success-rate" assessed Failed ::warning::pwned by the cluster; AnalysisRun canary-bad-db976bc44-2 Failed: metric "success-rate" Failed, last value [0.81]: metric "success-rate" assessed Failed ::warning::pwned by the cluster');
    // The message from the cluster had a line break before ::warning::; it never starts a line.
    expect(commandLines(aborted.stderr + aborted.stdout)).toEqual([]);
    expect([held.code, out(held).verdict]).toEqual([3, 'unknown']);
    expect(out(held).reason).toMatch(/^unknown: timed out after 4s with 0\/3 consecutive passes; last: Rollout prod\/held: Paused \(CanaryPauseStep\): waiting for a promotion; a person decides$/);
  });
});
