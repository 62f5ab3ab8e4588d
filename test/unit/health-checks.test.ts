// Each check type's verdict on plain responses (what the servers return), including NaN, empty and error shapes.
import { describe, expect, it } from '@jest/globals';
import { evaluateArgo } from '../../src/core/health/argocd-check.js';
import { evaluateHttp, fieldAt } from '../../src/core/health/http-check.js';
import { evaluateDeployment, evaluateFlux, imageTag } from '../../src/core/health/kube-check.js';
import { combine, revisionHasCommit, sameVersion } from '../../src/core/health/observation.js';
import { evaluatePrometheus, promSamples } from '../../src/core/health/prometheus-check.js';
import { compileCondition } from '../../src/core/health/expression.js';
import { parseFieldPath, type ArgoTarget, type FluxTarget, type HttpTarget, type KubeTarget, type PrometheusTarget } from '../../src/core/health/spec.js';
import type { HttpResponse } from '../../src/core/ports.js';

const res = (status: number, body: unknown, redirects = 0): HttpResponse => ({ status, headers: {}, body: typeof body === 'string' ? body : JSON.stringify(body), url: 'http://x/', redirects });
const base = { id: 't', check: 0, key: 'k' };
const COMMIT = '3f2a9c1d5e7b8a6f4c2d1e0f9a8b7c6d5e4f3a2b';
const OLD = '1111111111111111111111111111111111111111';

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

describe('prometheus check', () => {
  const t: PrometheusTarget = { ...base, type: 'prometheus', url: 'http://p:9090', query: 'q', headers: {}, success: compileCondition('result >= 0.95'), failure: compileCondition('result < 0.9') };
  // Shapes of Prometheus' HTTP API (GET /api/v1/query).
  const vector = (...values: string[]) => ({ status: 'success', data: { resultType: 'vector', result: values.map((v, i) => ({ metric: { instance: `i${i}` }, value: [1700000000.123, v] })) } });
  it('reads vector, scalar and matrix results, with NaN and infinities', () => {
    expect(promSamples(vector('0.97', 'NaN', '+Inf', '-Inf'))).toEqual({ samples: [0.97, Number.NaN, Infinity, -Infinity] });
    expect(promSamples({ status: 'success', data: { resultType: 'scalar', result: [1700000000, 'NaN'] } })).toEqual({ samples: [Number.NaN] });
    expect(promSamples({ status: 'success', data: { resultType: 'matrix', result: [{ metric: {}, values: [[1, '0.1'], [2, '0.2']] }] } })).toEqual({ samples: [0.2] });
    expect(promSamples({ status: 'success', data: { resultType: 'string', result: [1, 'x'] } })).toMatchObject({ error: expect.stringContaining('cannot be judged') });
  });
  it('passes, fails and is inconclusive as the conditions say', () => {
    expect(evaluatePrometheus(t, res(200, vector('0.97')))).toMatchObject({ verdict: 'pass', value: 0.97, detail: 'result 0.97: success condition result >= 0.95 is true' });
    expect(evaluatePrometheus(t, res(200, vector('0.5'))).verdict).toBe('fail');
    expect(evaluatePrometheus(t, res(200, vector('0.92'))).verdict).toBe('inconclusive');
  });
  it('never passes on an empty result or NaN', () => {
    expect(evaluatePrometheus(t, res(200, vector()))).toEqual({ verdict: 'inconclusive', detail: 'no data: the query returned no data', value: undefined });
    const nan = evaluatePrometheus(t, res(200, { status: 'success', data: { resultType: 'scalar', result: [1, 'NaN'] } }));
    expect(nan.verdict).toBe('inconclusive');
    expect(nan.detail).toMatch(/^result NaN: .*NaN/);
    expect(Number.isNaN(nan.value)).toBe(true);
  });
  it('a query Prometheus cannot parse is fatal; a 5xx is a failure; refused credentials are fatal', () => {
    const bad = evaluatePrometheus(t, res(400, { status: 'error', errorType: 'bad_data', error: 'invalid parameter "query": 1:5: parse error: unclosed left parenthesis' }));
    expect(bad).toMatchObject({ verdict: 'fail', fatal: true });
    expect(bad.detail).toMatch(/^prometheus: bad_data: invalid parameter/);
    expect(evaluatePrometheus(t, res(503, { status: 'error', errorType: 'unavailable', error: 'x' }))).toMatchObject({ verdict: 'fail', fatal: false });
    expect(evaluatePrometheus(t, res(502, '<html>bad gateway</html>'))).toMatchObject({ verdict: 'fail' });
    expect(evaluatePrometheus(t, res(401, 'Unauthorized'))).toMatchObject({ verdict: 'fail', fatal: true });
  });
});

describe('argocd check', () => {
  const t: ArgoTarget = { ...base, type: 'argocd', url: 'https://argocd', app: 'web', headers: {}, commit: COMMIT };
  // v1alpha1Application as Argo CD's swagger describes it (status.sync, status.health, status.operationState).
  const app = (sync: Record<string, unknown>, health: Record<string, unknown>, operationState?: Record<string, unknown>) => ({
    metadata: { name: 'web', namespace: 'argocd' }, spec: { project: 'default' }, status: { sync, health, ...(operationState ? { operationState } : {}) },
  });
  it('passes when Synced at the commit and Healthy', () => {
    expect(evaluateArgo(t, res(200, app({ status: 'Synced', revision: COMMIT }, { status: 'Healthy' })))).toEqual({ verdict: 'pass', detail: `Synced at ${COMMIT.slice(0, 12)}, Healthy` });
  });
  it('finds the commit among the revisions of a multi-source app', () => {
    expect(evaluateArgo(t, res(200, app({ status: 'Synced', revisions: ['6.5.3', COMMIT] }, { status: 'Healthy' }))).verdict).toBe('pass');
  });
  it('is pending while at an older revision, OutOfSync or Progressing', () => {
    expect(evaluateArgo(t, res(200, app({ status: 'Synced', revision: OLD }, { status: 'Healthy' })))).toMatchObject({ verdict: 'pending', waiting: `to sync ${COMMIT.slice(0, 12)} (now ${OLD.slice(0, 12)})` });
    expect(evaluateArgo(t, res(200, app({ status: 'OutOfSync', revision: COMMIT }, { status: 'Healthy' }))).verdict).toBe('pending');
    expect(evaluateArgo(t, res(200, app({ status: 'Synced', revision: COMMIT }, { status: 'Progressing' }))).verdict).toBe('pending');
  });
  it('fails when Degraded or when the sync of the commit failed', () => {
    expect(evaluateArgo(t, res(200, app({ status: 'Synced', revision: COMMIT }, { status: 'Degraded', message: 'Deployment web exceeded its progress deadline' }))).detail).toMatch(/Degraded \(Deployment web exceeded/);
    const failed = evaluateArgo(t, res(200, app({ status: 'OutOfSync', revision: OLD }, { status: 'Healthy' }, { phase: 'Failed', message: 'one or more objects failed to apply', syncResult: { revision: COMMIT } })));
    expect(failed).toMatchObject({ verdict: 'fail', detail: `sync of ${COMMIT.slice(0, 12)} failed: one or more objects failed to apply` });
  });
  it('a refused token is fatal; an unknown app fails', () => {
    expect(evaluateArgo(t, res(403, { error: 'permission denied', code: 7, message: 'permission denied' }))).toMatchObject({ verdict: 'fail', fatal: true });
    expect(evaluateArgo(t, res(404, { code: 5, message: 'applications.argoproj.io "web" not found' })).verdict).toBe('fail');
  });
});

describe('flux and kubernetes checks', () => {
  const ks: FluxTarget = { ...base, type: 'flux', kind: 'Kustomization', name: 'apps', namespace: 'flux-system', commit: COMMIT };
  const ready = (status: string, reason: string, message = '') => ({ type: 'Ready', status, reason, message, lastTransitionTime: '2026-11-23T10:00:00Z', observedGeneration: 3 });
  const kustomization = (applied: string, attempted: string, conds: unknown[], observedGeneration = 3) => ({
    apiVersion: 'kustomize.toolkit.fluxcd.io/v1', kind: 'Kustomization', metadata: { name: 'apps', namespace: 'flux-system', generation: 3 },
    status: { observedGeneration, lastAppliedRevision: applied, lastAttemptedRevision: attempted, conditions: conds },
  });
  it('Kustomization: Ready at the commit passes; the old revision is pending; a failed attempt at the commit fails', () => {
    expect(evaluateFlux(ks, kustomization(`main@sha1:${COMMIT}`, `main@sha1:${COMMIT}`, [ready('True', 'ReconciliationSucceeded', `Applied revision: main@sha1:${COMMIT}`)])).verdict).toBe('pass');
    expect(evaluateFlux(ks, kustomization(`main@sha1:${OLD}`, `main@sha1:${OLD}`, [ready('True', 'ReconciliationSucceeded')]))).toMatchObject({ verdict: 'pending', waiting: `to apply ${COMMIT.slice(0, 12)} (now main@sha1:${OLD})` });
    const failed = evaluateFlux(ks, kustomization(`main@sha1:${OLD}`, `main@sha1:${COMMIT}`, [ready('False', 'HealthCheckFailed', 'timeout waiting for: [Deployment/web/web status: InProgress]')]));
    expect(failed).toMatchObject({ verdict: 'fail' });
    expect(failed.detail).toMatch(/^Ready=False HealthCheckFailed: timeout waiting for/);
    expect(evaluateFlux(ks, kustomization(`main@sha1:${COMMIT}`, `main@sha1:${COMMIT}`, [ready('Unknown', 'Progressing', 'Reconciliation in progress')])).verdict).toBe('pending');
  });
  it('HelmRelease: Ready at the current generation passes; an older observed generation is pending', () => {
    const hr: FluxTarget = { ...ks, kind: 'HelmRelease', name: 'web' };
    const release = (observedGeneration: number, cond: unknown) => ({ apiVersion: 'helm.toolkit.fluxcd.io/v2', kind: 'HelmRelease', metadata: { name: 'web', generation: 4 }, status: { observedGeneration, lastAttemptedRevision: '6.5.3', conditions: [cond] } });
    expect(evaluateFlux(hr, release(4, ready('True', 'UpgradeSucceeded'))).detail).toBe('Ready at generation 4, chart 6.5.3');
    expect(evaluateFlux(hr, release(3, ready('True', 'UpgradeSucceeded'))).verdict).toBe('pending');
    expect(evaluateFlux(hr, release(4, ready('False', 'UpgradeFailed', 'Helm upgrade failed'))).verdict).toBe('fail');
  });
  const dt: KubeTarget = { ...base, type: 'kubernetes', deployment: 'web', namespace: 'prod', expectVersion: 'v1.2.3' };
  const deployment = (tag: string, st: Record<string, unknown>, conds: unknown[] = [], generation = 5) => ({
    apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'prod', generation },
    spec: { replicas: 3, template: { spec: { containers: [{ name: 'web', image: `ghcr.io/acme/web:${tag}` }] } } },
    status: { observedGeneration: 5, replicas: 3, updatedReplicas: 3, readyReplicas: 3, availableReplicas: 3, conditions: conds, ...st },
  });
  it('Deployment: complete rollout at the version passes; partial rollouts are pending; a passed deadline is fatal', () => {
    expect(evaluateDeployment(dt, deployment('v1.2.3', {}))).toEqual({ verdict: 'pass', detail: 'rolled out: 3/3 available, image tag v1.2.3', version: 'v1.2.3' });
    expect(evaluateDeployment(dt, deployment('v1.2.2', {})).verdict).toBe('pending');
    expect(evaluateDeployment(dt, deployment('v1.2.3', {}, [], 6)).detail).toBe('observed generation 5 of 6');
    expect(evaluateDeployment(dt, deployment('v1.2.3', { updatedReplicas: 1 })).detail).toBe('1 of 3 replicas updated');
    expect(evaluateDeployment(dt, deployment('v1.2.3', { replicas: 4 })).detail).toBe('1 old replica(s) pending termination');
    expect(evaluateDeployment(dt, deployment('v1.2.3', { availableReplicas: 2 })).detail).toBe('2 of 3 updated replicas available');
    const stuck = evaluateDeployment(dt, deployment('v1.2.3', { updatedReplicas: 1 }, [{ type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded', message: 'ReplicaSet "web-7d4b9c" has timed out progressing.' }]));
    expect(stuck).toMatchObject({ verdict: 'fail', fatal: true });
    expect(evaluateDeployment({ ...dt, container: 'sidecar' }, deployment('v1.2.3', {})).verdict).toBe('fail');
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
  it('fail beats pending beats inconclusive beats pass', () => {
    const o = (verdict: 'pass' | 'pending' | 'fail' | 'inconclusive') => ({ verdict, detail: '' });
    expect(combine([o('pass'), o('inconclusive'), o('pending')])).toBe('pending');
    expect(combine([o('inconclusive'), o('fail')])).toBe('fail');
    expect(combine([o('pass'), o('inconclusive')])).toBe('inconclusive');
    expect(combine([o('pass'), o('pass')])).toBe('pass');
  });
});
