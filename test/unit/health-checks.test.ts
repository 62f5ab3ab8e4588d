// Each check type's verdict on the shapes the real servers return. The Argo CD, Flux, Kubernetes and Argo Rollouts
// objects follow the upstream types named at each section (read from the projects' sources, not from docs).
import { describe, expect, it } from '@jest/globals';
import { argoRefusal, evaluateArgo, type ArgoApplication } from '../../src/core/health/argocd-check.js';
import { evaluateFlux, fluxRevisions } from '../../src/core/health/flux-check.js';
import { evaluateHttp, fieldAt } from '../../src/core/health/http-check.js';
import { kubeFailure } from '../../src/core/health/control-plane.js';
import { imageTag } from '../../src/core/health/kube-object.js';
import { byEquality, commitOf, relations, type Relate } from '../../src/core/health/lineage.js';
import { combine, revisionHasCommit, sameVersion } from '../../src/core/health/observation.js';
import { evaluateRollout, failedAnalysisRun, workloadRef } from '../../src/core/health/rollout-check.js';
import { parseFieldPath, type ArgoTarget, type FluxTarget, type HttpTarget, type KubeTarget, type RolloutTarget } from '../../src/core/health/spec.js';
import { evaluateWorkload } from '../../src/core/health/workload-check.js';
import type { HttpResponse } from '../../src/core/ports.js';

const res = (status: number, body: unknown, redirects = 0): HttpResponse => ({ status, headers: {}, body: typeof body === 'string' ? body : JSON.stringify(body), url: 'http://x/', redirects });
const base = { id: 't', check: 0, key: 'k' };
const COMMIT = '3f2a9c1d5e7b8a6f4c2d1e0f9a8b7c6d5e4f3a2b';
const OLD = '1111111111111111111111111111111111111111';
/** A commit pushed after COMMIT, on top of it: it carries the promotion. */
const NEWER = '9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d';
/** What the config repository's history says: NEWER descends from COMMIT, OLD does not. */
const history: Relate = (r) => (r && revisionHasCommit(r, COMMIT) ? 'at' : r && revisionHasCommit(r, NEWER) ? 'after' : r && commitOf(r) ? 'other' : 'unknown');

describe('http check', () => {
  const t: HttpTarget = { ...base, type: 'http', url: 'http://x/api/version', headers: {}, expectStatus: [200], versionField: 'version', versionPath: ['version'], expectVersion: 'v1.2.3' };
  it('passes on the expected status and version', () => {
    expect(evaluateHttp(t, res(200, { version: 'v1.2.3' }))).toEqual({ verdict: 'pass', detail: 'status 200, version v1.2.3', version: 'v1.2.3' });
    expect(evaluateHttp(t, res(200, { version: '1.2.3' })).verdict).toBe('pass'); // a leading v is ignored
  });
  it('is pending while the old version answers', () => {
    expect(evaluateHttp(t, res(200, { version: 'v1.2.2' }))).toMatchObject({ verdict: 'pending', detail: 'status 200, version v1.2.2, expected v1.2.3', waiting: 'to report v1.2.3 (now v1.2.2)' });
  });
  it('fails on a wrong status, invalid JSON, a missing field, a body mismatch', () => {
    expect(evaluateHttp(t, res(503, 'down')).detail).toBe('status 503, expected 200');
    expect(evaluateHttp(t, res(200, '<html>')).detail).toMatch(/^status 200, but the body is not JSON \(.*\); expected a JSON object with version$/);
    expect(evaluateHttp(t, res(200, { v: 1 })).detail).toBe('status 200, but the JSON body has no version');
    expect(evaluateHttp({ ...t, bodyMatch: /"ok":true/ }, res(200, { version: 'v1.2.3', ok: false })).verdict).toBe('fail');
    expect(evaluateHttp({ ...t, bodyMatch: /"ok":true/ }, res(200, { version: 'v1.2.3', ok: true })).verdict).toBe('pass');
  });
  it('reads dotted paths and reports redirects', () => {
    const p = parseFieldPath('build.tags[1]') as (string | number)[];
    expect(p).toEqual(['build', 'tags', 1]);
    expect(parseFieldPath('["app.version"]')).toEqual(['app.version']);
    expect(parseFieldPath('a..b')).toBeUndefined();
    expect(fieldAt({ build: { tags: ['x', 'v1.2.3'] } }, p)).toBe('v1.2.3');
    expect(evaluateHttp({ ...t, versionPath: p, versionField: 'build.tags[1]' }, res(200, { build: { tags: ['x', 'v1.2.3'] } }, 2)).detail).toBe('status 200 (after 2 redirects), version v1.2.3');
  });
  it('checks only the status when no version is expected or asked for', () => {
    expect(evaluateHttp({ ...t, versionPath: undefined, versionField: undefined, expectVersion: undefined }, res(200, 'plain text')).verdict).toBe('pass');
  });
});

describe('argocd check (as `argocd app wait --sync --health --operation`, plus the commit)', () => {
  const t: ArgoTarget = { ...base, type: 'argocd', url: 'https://argocd', app: 'web', headers: {}, commit: COMMIT };
  // v1alpha1.Application of argoproj/argo-cd pkg/apis/application/v1alpha1/types.go: status.sync (SyncStatus),
  // status.health, status.operationState (OperationState: phase, message, finishedAt, syncResult), reconciledAt.
  const FINISHED = '2026-11-23T10:00:00Z';
  const app = (sync: Record<string, unknown>, health: string, op?: Record<string, unknown>, extra: Record<string, unknown> = {}): ArgoApplication => ({
    status: {
      sync, health: { status: health }, reconciledAt: '2026-11-23T10:00:05Z',
      ...(op ? { operationState: { startedAt: '2026-11-23T09:59:50Z', ...op } } : {}), ...extra,
    },
  });
  const succeeded = (revision: string) => ({ phase: 'Succeeded', message: 'successfully synced (all tasks run)', finishedAt: FINISHED, syncResult: { revision } });

  it('passes when Synced at the commit, Healthy, and the operation finished before the last reconcile', () => {
    expect(evaluateArgo(t, app({ status: 'Synced', revision: COMMIT }, 'Healthy', succeeded(COMMIT)), history)).toEqual({ verdict: 'pass', detail: `Synced at ${COMMIT.slice(0, 12)}, Healthy` });
    expect(evaluateArgo(t, app({ status: 'Synced', revisions: ['6.5.3', COMMIT] }, 'Healthy'), history).verdict).toBe('pass');
  });

  it('a failed auto-sync of the commit is unhealthy at once: the controller wrote the commit into sync.revision first', () => {
    // controller/appcontroller.go: status.sync is the compared revision (OutOfSync at the commit); autoSync does not
    // retry a revision whose sync failed ("Skipping auto-sync: failed previous sync attempt").
    const failed = app({ status: 'OutOfSync', revision: COMMIT }, 'Healthy', { phase: 'Failed', message: 'one or more objects failed to apply, reason: Deployment.apps "web" is invalid', finishedAt: FINISHED, syncResult: { revision: COMMIT } });
    expect(evaluateArgo(t, failed, history)).toEqual({ verdict: 'fail', fatal: true, detail: `sync of ${COMMIT.slice(0, 12)} failed: one or more objects failed to apply, reason: Deployment.apps "web" is invalid` });
    const errored = app({ status: 'OutOfSync', revision: NEWER }, 'Healthy', { phase: 'Error', message: 'rpc error', finishedAt: FINISHED, syncResult: { revision: NEWER } });
    expect(evaluateArgo(t, errored, history)).toMatchObject({ verdict: 'fail', fatal: true });
    // A failed sync of an older revision says nothing about this one.
    expect(evaluateArgo(t, app({ status: 'OutOfSync', revision: OLD }, 'Healthy', { phase: 'Failed', finishedAt: FINISHED, syncResult: { revision: OLD } }), history).verdict).toBe('pending');
  });

  it('waits while a sync operation still runs (a PostSync hook), and fails when it ended Failed with the app Synced and Healthy', () => {
    const running = app({ status: 'Synced', revision: COMMIT }, 'Healthy', { phase: 'Running', message: 'waiting for completion of hook batch/Job/smoke-test', syncResult: { revision: COMMIT } });
    expect(evaluateArgo(t, running, history)).toMatchObject({ verdict: 'pending', waiting: 'to finish its sync operation (Running)' });
    expect(evaluateArgo(t, { ...app({ status: 'Synced', revision: COMMIT }, 'Healthy'), operation: { sync: { revision: COMMIT } } }, history).verdict).toBe('pending');
    const hookFailed = app({ status: 'Synced', revision: COMMIT }, 'Healthy', { phase: 'Failed', message: 'one or more synchronization tasks completed unsuccessfully (PostSync hook smoke-test failed)', finishedAt: FINISHED, syncResult: { revision: COMMIT } });
    expect(evaluateArgo(t, hookFailed, history)).toMatchObject({ verdict: 'fail', fatal: true });
    // Finished, but not reconciled since: as argocd app wait, keep waiting.
    const stale = app({ status: 'Synced', revision: COMMIT }, 'Healthy', succeeded(COMMIT), { reconciledAt: '2026-11-23T09:59:00Z' });
    expect(evaluateArgo(t, stale, history)).toMatchObject({ verdict: 'pending', waiting: 'to reconcile after its sync' });
  });

  it('a synced revision that descends from the commit carries it; an older one is pending', () => {
    expect(evaluateArgo(t, app({ status: 'Synced', revision: NEWER }, 'Healthy', succeeded(NEWER)), history).verdict).toBe('pass');
    expect(evaluateArgo(t, app({ status: 'Synced', revision: OLD }, 'Healthy'), history)).toMatchObject({ verdict: 'pending', waiting: `to sync ${COMMIT.slice(0, 12)} (now ${OLD.slice(0, 12)})` });
    // Where history cannot place the synced commit (no clone, not fetchable), this look has no verdict.
    const untoldApp = evaluateArgo(t, app({ status: 'Synced', revision: NEWER }, 'Healthy'), () => 'unknown');
    expect(untoldApp).toEqual({ verdict: 'inconclusive', detail: `Synced at ${NEWER.slice(0, 12)}, Healthy; the config repository cannot tell whether this carries ${COMMIT.slice(0, 12)}` });
    expect(evaluateArgo(t, app({ status: 'Synced', revision: NEWER }, 'Healthy'), byEquality(COMMIT)).verdict).toBe('pending');
  });

  it('source hydrator: the dry commit must be hydrated and the hydrated commit synced', () => {
    const HYD = 'abcdefabcdefabcdefabcdefabcdefabcdefabcd';
    // SourceHydratorStatus.currentOperation (HydrateOperation: phase Hydrating/Failed/Hydrated, drySHA, hydratedSHA).
    const hydrated = (phase: string, dry: string): ArgoApplication => ({
      spec: { sourceHydrator: { drySource: { repoURL: 'https://github.com/acme/gitops.git', path: 'apps/web' } } },
      status: { ...app({ status: 'Synced', revision: HYD }, 'Healthy', succeeded(HYD)).status, sourceHydrator: { currentOperation: { phase, drySHA: dry, hydratedSHA: HYD, message: 'failed to push' } } },
    });
    expect(evaluateArgo(t, hydrated('Hydrated', COMMIT), history).verdict).toBe('pass');
    expect(evaluateArgo(t, hydrated('Hydrating', COMMIT), history).verdict).toBe('pending');
    expect(evaluateArgo(t, hydrated('Hydrated', OLD), history).verdict).toBe('pending');
    expect(evaluateArgo(t, hydrated('Failed', COMMIT), history)).toMatchObject({ verdict: 'fail', fatal: true, detail: `hydration of ${COMMIT.slice(0, 12)} failed: failed to push` });
  });

  it('is pending while OutOfSync or Progressing; Degraded fails', () => {
    expect(evaluateArgo(t, app({ status: 'OutOfSync', revision: COMMIT }, 'Healthy'), history).verdict).toBe('pending');
    expect(evaluateArgo(t, app({ status: 'Synced', revision: COMMIT }, 'Progressing'), history).verdict).toBe('pending');
    expect(evaluateArgo(t, app({ status: 'Synced', revision: COMMIT }, 'Degraded'), history)).toMatchObject({ verdict: 'fail' });
  });

  it('a refused token and an app that is not there (403 or 404) give no verdict, and say which', () => {
    const res401 = res(401, { error: 'invalid session: token is expired', code: 16 });
    expect(argoRefusal(t, res401)).toMatchObject({ verdict: 'error', fatal: true, detail: expect.stringMatching(/^Argo CD refused the token \(status 401\)/) });
    // Argo CD answers 403 "permission denied" for an application that does not exist (server/application).
    expect(argoRefusal(t, res(403, { error: 'permission denied', code: 7 }))).toEqual({ verdict: 'error', fatal: true, detail: 'application web not found or not permitted (status 403)' });
    expect(argoRefusal(t, res(404, { code: 5 }))?.detail).toBe('application web not found or not permitted (status 404)');
    expect(argoRefusal(t, res(502, 'bad gateway'))?.verdict).toBe('inconclusive');
    expect(argoRefusal(t, res(200, {}))).toBeUndefined();
  });
});

describe('flux check (as kustomize-controller writes its status)', () => {
  const ks: FluxTarget = { ...base, type: 'flux', kind: 'Kustomization', name: 'apps', namespace: 'flux-system', commit: COMMIT };
  // metav1.Condition with observedGeneration (fluxcd/pkg runtime/conditions sets it on every write).
  const ready = (status: string, reason: string, message = '', observedGeneration = 3) => ({ type: 'Ready', status, reason, message, lastTransitionTime: '2026-11-23T10:00:00Z', observedGeneration });
  // KustomizationStatus of fluxcd/kustomize-controller api/v1/kustomization_types.go.
  const kustomization = (st: Record<string, unknown>, conds: unknown[], generation = 3) => ({
    apiVersion: 'kustomize.toolkit.fluxcd.io/v1', kind: 'Kustomization', metadata: { name: 'apps', namespace: 'flux-system', generation },
    status: { observedGeneration: 3, conditions: conds, ...st },
  });
  const git = (applied: string, attempted = applied) => ({ lastAppliedRevision: `main@sha1:${applied}`, lastAttemptedRevision: `main@sha1:${attempted}` });

  it('Ready at the commit passes; the old revision is pending; a failed attempt at the commit fails', () => {
    expect(evaluateFlux(ks, kustomization(git(COMMIT), [ready('True', 'ReconciliationSucceeded', `Applied revision: main@sha1:${COMMIT}`)]), history).verdict).toBe('pass');
    expect(evaluateFlux(ks, kustomization(git(OLD), [ready('True', 'ReconciliationSucceeded')]), history)).toMatchObject({ verdict: 'pending', waiting: `to apply ${COMMIT.slice(0, 12)} (now main@sha1:${OLD})` });
    const failed = evaluateFlux(ks, kustomization(git(OLD, COMMIT), [ready('False', 'HealthCheckFailed', 'timeout waiting for: [Deployment/web/web status: InProgress]')]), history);
    expect(failed.verdict).toBe('fail');
    expect(failed.detail).toMatch(/^Ready=False HealthCheckFailed: timeout waiting for/);
    expect(evaluateFlux(ks, kustomization(git(COMMIT), [ready('Unknown', 'Progressing', 'Reconciliation in progress')]), history).verdict).toBe('pending');
  });

  it('an OCIRepository source: the commit is in lastAppliedOriginRevision', () => {
    const oci = { lastAppliedRevision: 'latest@sha256:5f3c0d2a9b8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a', lastAppliedOriginRevision: `main@sha1:${COMMIT}`, lastAttemptedRevision: 'latest@sha256:5f3c0d2a9b8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a' };
    expect(evaluateFlux(ks, kustomization(oci, [ready('True', 'ReconciliationSucceeded')]), history)).toEqual({ verdict: 'pass', detail: `Ready, applied main@sha1:${COMMIT}` });
    // The older `main/<sha>` format of flux push artifact, and a descendant commit.
    expect(evaluateFlux(ks, kustomization({ ...oci, lastAppliedOriginRevision: `main/${NEWER}` }, [ready('True', 'ReconciliationSucceeded')]), history).verdict).toBe('pass');
  });

  it('Ready=False HealthCheckCanceled means a newer revision arrived: pending, not a failure', () => {
    const canceled = ready('False', 'HealthCheckCanceled', 'New reconciliation triggered by GitRepository/flux-system/flux-system');
    expect(evaluateFlux(ks, kustomization(git(OLD, COMMIT), [canceled]), history)).toMatchObject({ verdict: 'pending', waiting: 'to finish reconciling the newer revision' });
  });

  it('a failed apply after a spec change fails: only the condition carries the new generation', () => {
    // finalizeStatus moves status.observedGeneration only when Ready=True.
    const failed = kustomization(git(OLD, COMMIT), [ready('False', 'BuildFailed', 'kustomize build failed: accumulating resources', 4)], 4);
    expect(evaluateFlux(ks, failed, history)).toMatchObject({ verdict: 'fail', detail: expect.stringMatching(/^Ready=False BuildFailed: kustomize build failed/) });
    // A condition from the previous generation is not the answer yet.
    expect(evaluateFlux(ks, kustomization(git(OLD, COMMIT), [ready('False', 'BuildFailed', 'x', 3)], 4), history).verdict).toBe('pending');
  });

  it('an applied revision after the commit carries it; the attempt\'s origin comes from status.history', () => {
    expect(evaluateFlux(ks, kustomization(git(NEWER), [ready('True', 'ReconciliationSucceeded')]), history).verdict).toBe('pass');
    expect(evaluateFlux(ks, kustomization(git(NEWER), [ready('True', 'ReconciliationSucceeded')]), () => 'unknown').verdict).toBe('inconclusive');
    const digest = 'latest@sha256:0000000000000000000000000000000000000000000000000000000000000001';
    const st = { lastAppliedRevision: 'latest@sha256:ff', lastAppliedOriginRevision: `main@sha1:${OLD}`, lastAttemptedRevision: digest,
      history: [{ digest: 'sha256:aa', lastReconciledStatus: 'HealthCheckFailed', metadata: { revision: digest, originRevision: `main@sha1:${COMMIT}` } }] };
    expect(fluxRevisions(kustomization(st, []))).toContain(`main@sha1:${COMMIT}`);
    expect(evaluateFlux(ks, kustomization(st, [ready('False', 'HealthCheckFailed', 'timeout', 3)]), history).verdict).toBe('fail');
  });

  it('HelmRelease: Ready at the current generation passes; an older observed generation is pending', () => {
    const hr: FluxTarget = { ...ks, kind: 'HelmRelease', name: 'web' };
    const release = (observedGeneration: number, cond: unknown) => ({ apiVersion: 'helm.toolkit.fluxcd.io/v2', kind: 'HelmRelease', metadata: { name: 'web', generation: 4 }, status: { observedGeneration, lastAttemptedRevision: '6.5.3', conditions: [cond] } });
    expect(evaluateFlux(hr, release(4, ready('True', 'UpgradeSucceeded')), history).detail).toBe('Ready at generation 4, chart 6.5.3');
    expect(evaluateFlux(hr, release(3, ready('True', 'UpgradeSucceeded')), history).verdict).toBe('pending');
    expect(evaluateFlux(hr, release(4, ready('False', 'UpgradeFailed', 'Helm upgrade failed')), history).verdict).toBe('fail');
  });
});

describe('kubernetes check (the rules of kubectl rollout status, in its order)', () => {
  const kt = (kind: KubeTarget['kind']): KubeTarget => ({ ...base, type: 'kubernetes', kind, name: 'web', namespace: 'prod', expectVersion: 'v1.2.3' });
  const dt = kt('Deployment');
  const template = (tag: string) => ({ spec: { containers: [{ name: 'web', image: `ghcr.io/acme/web:${tag}` }] } });
  // apps/v1 DeploymentStatus (kubernetes/kubectl pkg/polymorphichelpers/rollout_status.go reads these).
  const deployment = (tag: string, st: Record<string, unknown>, conds: unknown[] = [], generation = 5) => ({
    apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'prod', generation },
    spec: { replicas: 3, template: template(tag) },
    status: { observedGeneration: 5, replicas: 3, updatedReplicas: 3, readyReplicas: 3, availableReplicas: 3, conditions: conds, ...st },
  });
  const deadline = { type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded', message: 'ReplicaSet "web-7d4b9c" has timed out progressing.' };

  it('Deployment: complete rollout at the version passes; partial rollouts are pending, in kubectl\'s order', () => {
    expect(evaluateWorkload(dt, deployment('v1.2.3', {}))).toEqual({ verdict: 'pass', detail: 'rolled out: 3/3 available, image tag v1.2.3', version: 'v1.2.3' });
    expect(evaluateWorkload(dt, deployment('v1.2.2', {})).verdict).toBe('pending');
    expect(evaluateWorkload(dt, deployment('v1.2.3', {}, [], 6)).detail).toBe('observed generation 5 of 6');
    expect(evaluateWorkload(dt, deployment('v1.2.3', { updatedReplicas: 1 })).detail).toBe('1 of 3 replicas updated');
    expect(evaluateWorkload(dt, deployment('v1.2.3', { replicas: 4 })).detail).toBe('1 old replica(s) pending termination');
    expect(evaluateWorkload(dt, deployment('v1.2.3', { availableReplicas: 2 })).detail).toBe('2 of 3 updated replicas available');
    expect(evaluateWorkload({ ...dt, container: 'sidecar' }, deployment('v1.2.3', {}))).toMatchObject({ verdict: 'error', fatal: true });
  });

  it('Deployment: ProgressDeadlineExceeded counts only once the new generation is observed', () => {
    // Left from the previous rollout: generation 6 is not observed yet, so kubectl still waits.
    expect(evaluateWorkload(dt, deployment('v1.2.3', { observedGeneration: 5 }, [deadline], 6))).toMatchObject({ verdict: 'pending', detail: 'observed generation 5 of 6' });
    const stuck = evaluateWorkload(dt, deployment('v1.2.3', { updatedReplicas: 1 }, [deadline]));
    expect(stuck).toMatchObject({ verdict: 'fail', fatal: true, detail: 'rollout exceeded its progress deadline: ReplicaSet "web-7d4b9c" has timed out progressing.' });
  });

  it('StatefulSet: observed, ready, then the partition (apps/v1 defaults rollingUpdate.partition to 0)', () => {
    const st = kt('StatefulSet');
    const sts = (s: Record<string, unknown>, strategy: unknown = { type: 'RollingUpdate', rollingUpdate: { partition: 0 } }, generation = 2) => ({
      apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'web', generation },
      spec: { replicas: 3, updateStrategy: strategy, template: template('v1.2.3') },
      status: { observedGeneration: 2, replicas: 3, readyReplicas: 3, updatedReplicas: 3, currentReplicas: 3, currentRevision: 'web-6b8c', updateRevision: 'web-6b8c', ...s },
    });
    expect(evaluateWorkload(st, sts({})).verdict).toBe('pass');
    expect(evaluateWorkload(st, sts({ observedGeneration: 0 })).verdict).toBe('pending');
    expect(evaluateWorkload(st, sts({}, undefined, 3)).detail).toBe('observed generation 2 of 3');
    expect(evaluateWorkload(st, sts({ readyReplicas: 2 })).detail).toBe('2 of 3 pods ready');
    expect(evaluateWorkload(st, sts({ updatedReplicas: 1 })).detail).toBe('1 of 3 new pods updated (partition 0)');
    expect(evaluateWorkload(st, sts({ updatedReplicas: 1 }, { type: 'RollingUpdate', rollingUpdate: { partition: 2 } })).verdict).toBe('pass');
    expect(evaluateWorkload(st, sts({ updateRevision: 'web-7f9d', updatedReplicas: 1 }, { type: 'RollingUpdate' })).detail).toBe('1 pods at revision web-7f9d');
    expect(evaluateWorkload(st, sts({}, { type: 'OnDelete' }))).toMatchObject({ verdict: 'error', fatal: true, detail: expect.stringMatching(/only available for the RollingUpdate strategy/) });
  });

  it('DaemonSet: observed, every scheduled pod updated, then available', () => {
    const ds = kt('DaemonSet');
    const daemon = (s: Record<string, unknown>, generation = 2) => ({
      apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'web', generation },
      spec: { updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1 } }, template: template('v1.2.3') },
      status: { observedGeneration: 2, desiredNumberScheduled: 4, currentNumberScheduled: 4, updatedNumberScheduled: 4, numberAvailable: 4, numberReady: 4, ...s },
    });
    expect(evaluateWorkload(ds, daemon({}))).toMatchObject({ verdict: 'pass', detail: 'rolled out: 4/4 pods available, image tag v1.2.3' });
    expect(evaluateWorkload(ds, daemon({}, 3)).verdict).toBe('pending');
    expect(evaluateWorkload(ds, daemon({ updatedNumberScheduled: 2 })).detail).toBe('2 of 4 new pods updated');
    expect(evaluateWorkload(ds, daemon({ numberAvailable: 3 })).detail).toBe('3 of 4 updated pods available');
  });

  it('kubectl failures: refused, not found or unreachable give no verdict; a timeout is inconclusive', () => {
    expect(kubeFailure('kubectl: error: You must be logged in to the server (Unauthorized)', 'Deployment prod/web').verdict).toBe('error');
    expect(kubeFailure('kubectl: Error from server (NotFound): deployments.apps "web" not found', 'Deployment prod/web')).toMatchObject({ verdict: 'error', detail: expect.stringMatching(/^Deployment prod\/web not found or not permitted/) });
    expect(kubeFailure('kubectl: Unable to connect to the server: dial tcp 127.0.0.1:1: connect: connection refused', 'x').verdict).toBe('error');
    expect(kubeFailure('kubectl: The connection to the server 127.0.0.1:1 was refused - did you specify the right host or port?', 'x').verdict).toBe('error');
    expect(kubeFailure('kubectl: Error from server (InternalError): etcdserver: request timed out', 'x').verdict).toBe('inconclusive');
  });
});

describe('rollout check (Argo Rollouts)', () => {
  const rt: RolloutTarget = { ...base, type: 'rollout', name: 'web', namespace: 'prod', expectVersion: 'v1.2.3' };
  // Rollout of argoproj/argo-rollouts pkg/apis/rollouts/v1alpha1/types.go; status shapes as in its fixtures
  // pkg/kubectl-argo-rollouts/info/testdata (canary/canary-rollout.yaml, blue-green/bluegreen-rollout.yaml,
  // rollout-aborted/rollout.yaml).
  const rollout = (st: Record<string, unknown>, tag = 'v1.2.3', spec: Record<string, unknown> = {}) => ({
    apiVersion: 'argoproj.io/v1alpha1', kind: 'Rollout', metadata: { name: 'web', namespace: 'prod', generation: 15 },
    spec: { replicas: 3, strategy: { canary: { steps: [{ setWeight: 20 }, { pause: {} }] } }, template: { spec: { containers: [{ name: 'web', image: `ghcr.io/acme/web:${tag}` }] } }, ...spec },
    status: { observedGeneration: '15', currentPodHash: 'db976bc44', stableRS: 'db976bc44', replicas: 3, updatedReplicas: 3, availableReplicas: 3, phase: 'Healthy', ...st },
  });
  const aborted = {
    abort: true, phase: 'Degraded', message: 'RolloutAborted: Rollout aborted update to revision 2: Metric "success-rate" assessed Failed due to failed (1) > failureLimit (0)',
    stableRS: '7d84d44bb8', canary: { currentBackgroundAnalysisRunStatus: { name: 'web-db976bc44-2', status: 'Failed', message: 'Metric "success-rate" assessed Failed due to failed (1) > failureLimit (0)' } },
  };
  // AnalysisRun status of the same fixture directory (rollout-aborted/analysisrun.yaml).
  const analysisRun = { status: { phase: 'Failed', metricResults: [{ name: 'success-rate', phase: 'Failed', count: 1, failed: 1, measurements: [{ phase: 'Failed', value: '[0.81]' }] }] } };

  it('healthy when fully promoted at the version, the spec observed and nothing paused', () => {
    expect(evaluateRollout(rt, rollout({}))).toEqual({ verdict: 'pass', detail: 'Healthy, fully promoted (stable db976bc44), image tag v1.2.3', version: 'v1.2.3' });
    expect(evaluateRollout(rt, rollout({}, 'v1.2.2'))).toMatchObject({ verdict: 'pending', waiting: 'to run v1.2.3 (now v1.2.2)' });
    expect(evaluateRollout(rt, rollout({ observedGeneration: '14' })).verdict).toBe('pending');
    expect(evaluateRollout(rt, rollout({ stableRS: '7d84d44bb8', phase: 'Progressing', message: 'more replicas need to be updated' }))).toMatchObject({ verdict: 'pending', detail: 'Progressing: more replicas need to be updated' });
    // spec.workloadRef: the pod template is the referenced Deployment's.
    const ref = rollout({}, 'v1.2.3', { template: undefined, workloadRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web-base' } });
    const base = (tag: string) => ({ kind: 'Deployment', spec: { replicas: 0, template: { spec: { containers: [{ name: 'web', image: `ghcr.io/acme/web:${tag}` }] } } } });
    expect(workloadRef(ref)).toBe('web-base');
    expect(evaluateRollout(rt, ref, { workload: base('v1.2.3') }).verdict).toBe('pass');
    expect(evaluateRollout(rt, ref, { workload: base('v1.2.2') }).verdict).toBe('pending');
  });

  it('aborted or Degraded is unhealthy at once, with the failed AnalysisRun metric and its message', () => {
    expect(failedAnalysisRun(rollout(aborted))?.name).toBe('web-db976bc44-2');
    const o = evaluateRollout(rt, rollout(aborted), { analysis: analysisRun });
    expect(o).toMatchObject({ verdict: 'fail', fatal: true });
    expect(o.detail).toBe('aborted: RolloutAborted: Rollout aborted update to revision 2: Metric "success-rate" assessed Failed due to failed (1) > failureLimit (0); AnalysisRun web-db976bc44-2 Failed: metric "success-rate" Failed, last value [0.81]: Metric "success-rate" assessed Failed due to failed (1) > failureLimit (0)');
    expect(evaluateRollout(rt, rollout({ phase: 'Degraded', message: 'ProgressDeadlineExceeded: ReplicaSet "web-db976bc44" has timed out progressing.', stableRS: '7d84d44bb8' }))).toMatchObject({ verdict: 'fail', fatal: true });
    // A controller before v1.0 wrote no phase: the Progressing condition's reason says it (CalculateRolloutPhase).
    const old = rollout({ phase: undefined, abort: undefined, stableRS: '7d84d44bb8', conditions: [{ type: 'Progressing', status: 'False', reason: 'RolloutAborted', message: 'metric "web" assessed Failed' }] });
    expect(evaluateRollout(rt, old).detail).toBe('Degraded: RolloutAborted: metric "web" assessed Failed');
  });

  it('paused keeps waiting, marked as waiting on a person', () => {
    const paused = evaluateRollout(rt, rollout({ phase: 'Paused', message: 'CanaryPauseStep', stableRS: '7d84d44bb8', controllerPause: true, pauseConditions: [{ reason: 'CanaryPauseStep', startTime: '2026-11-23T10:00:00Z' }] }));
    expect(paused).toMatchObject({ verdict: 'pending', paused: true, detail: 'Paused (CanaryPauseStep): waiting for a promotion' });
    expect(paused.waiting).toMatch(/^to be promoted \(paused: CanaryPauseStep; it resumes after its pause duration or `kubectl argo rollouts promote`\)$/);
    expect(evaluateRollout(rt, rollout({ phase: 'Healthy' }, 'v1.2.3', { paused: true })).paused).toBe(true);
    // The pause was cleared and the controller has not reacted yet (IsUnpausing).
    expect(evaluateRollout(rt, rollout({ phase: 'Paused', controllerPause: true, pauseConditions: [] })).waiting).toBe('to unpause');
  });
});

describe('revisions and history', () => {
  it('reads the commit of every revision format, never of a digest', () => {
    expect(commitOf(`main@sha1:${COMMIT}`)).toBe(COMMIT);
    expect(commitOf(`v1.0.0@sha1:${COMMIT}`)).toBe(COMMIT);
    expect(commitOf(`main/${COMMIT}`)).toBe(COMMIT);
    expect(commitOf(COMMIT)).toBe(COMMIT);
    expect(commitOf('latest@sha256:5f3c0d2a9b8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a')).toBeUndefined();
    expect(commitOf('6.5.3')).toBeUndefined();
  });

  it('asks history once per revision, and only for revisions that are not the commit', async () => {
    const asked: string[] = [];
    const lineage = { contains: async (d: string) => (asked.push(d), d === NEWER ? true : d === OLD ? false : undefined) };
    const relate = await relations([`main@sha1:${NEWER}`, `main@sha1:${NEWER}`, OLD, COMMIT, 'latest@sha256:ab', 'deadbeefdeadbeefdeadbeefdeadbeefdeadbeef'], COMMIT, lineage);
    expect([relate(`main@sha1:${NEWER}`), relate(OLD), relate(COMMIT), relate('latest@sha256:ab'), relate('deadbeefdeadbeefdeadbeefdeadbeefdeadbeef')]).toEqual(['after', 'other', 'at', 'unknown', 'unknown']);
    expect(asked).toEqual([NEWER, OLD, 'deadbeefdeadbeefdeadbeefdeadbeefdeadbeef']);
  });

  it('image tags, revisions and versions compare as GitOps writes them', () => {
    expect(imageTag('registry:5000/acme/web:v1.2.3@sha256:abc')).toBe('v1.2.3');
    expect(imageTag('registry:5000/acme/web')).toBe('');
    expect(revisionHasCommit(`main@sha1:${COMMIT}`, COMMIT.slice(0, 7))).toBe(true);
    expect(revisionHasCommit(`main/${COMMIT}`, COMMIT)).toBe(true);
    expect(revisionHasCommit(`main@sha1:${OLD}`, COMMIT)).toBe(false);
    expect(revisionHasCommit('main@sha1:abc', 'abc')).toBe(false); // too short to mean anything
    expect(sameVersion('v1.2.3', '1.2.3')).toBe(true);
    expect(sameVersion('v1.2.3', 'v1.2.30')).toBe(false);
  });
});

describe('combining a sample', () => {
  it('error beats fail beats pending beats inconclusive beats pass', () => {
    const o = (verdict: 'pass' | 'pending' | 'fail' | 'inconclusive' | 'error') => ({ verdict, detail: '' });
    expect(combine([o('pass'), o('inconclusive'), o('pending')])).toBe('pending');
    expect(combine([o('inconclusive'), o('fail')])).toBe('fail');
    expect(combine([o('fail'), o('error')])).toBe('error');
    expect(combine([o('pass'), o('inconclusive')])).toBe('inconclusive');
    expect(combine([o('pass'), o('pass')])).toBe('pass');
  });
});
