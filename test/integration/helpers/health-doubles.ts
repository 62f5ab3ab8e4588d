// Loopback servers for the wait-healthy tests: scriptable HTTP(S) apps (versions, flapping, hanging, redirects,
// invalid JSON), TLS certificates made with openssl at test time, an Argo CD API double and a Kubernetes API double
// (HTTPS with a bearer token, as kubectl requires), and a real Prometheus scraping a loopback app.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

export interface Served {
  url: string;
  port: number;
  /** Every request: path and headers, in order of arrival. */
  requests: { path: string; headers: http.IncomingHttpHeaders }[];
  close(): Promise<void>;
}

/** An HTTP (or, with tls, HTTPS) server on 127.0.0.1 and a free port. */
export async function serve(handler: Handler, tls?: { key: string; cert: string }): Promise<Served> {
  const requests: Served['requests'] = [];
  const wrapped: Handler = (req, res) => {
    requests.push({ path: req.url ?? '', headers: req.headers });
    handler(req, res);
  };
  const server = tls ? https.createServer({ key: tls.key, cert: tls.cert }, wrapped) : http.createServer(wrapped);
  const sockets = new Set<import('node:net').Socket>();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

export function json(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

// ---- TLS ----

export interface Certs {
  dir: string;
  /** A CA and a server certificate it signed for 127.0.0.1. */
  ca: string;
  key: string;
  cert: string;
  /** The same CA's certificate for 127.0.0.1 that expired yesterday. */
  expiredKey: string;
  expiredCert: string;
  /** A self-signed certificate for 127.0.0.1 (no CA trusts it). */
  selfKey: string;
  selfCert: string;
  cleanup(): void;
}

function openssl(cwd: string, args: string[]): void {
  const r = spawnSync('openssl', args, { cwd, encoding: 'utf8' });
  if (r.error) throw new Error(`openssl is needed to make test certificates: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`openssl ${args.join(' ')}: ${r.stderr}`);
}

export function makeCerts(): Certs {
  const dir = mkdtempSync(join(tmpdir(), 'gitops-promote-tls-'));
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  writeFileSync(join(dir, 'ext'), 'subjectAltName=IP:127.0.0.1\n');
  openssl(dir, ['req', '-x509', ...ec, '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=gitops-promote test CA']);
  for (const [name, days] of [['server', '2'], ['expired', '-1']] as const) {
    openssl(dir, ['req', ...ec, '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', '/CN=127.0.0.1']);
    openssl(dir, ['x509', '-req', '-in', `${name}.csr`, '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', `${name}.pem`, '-days', days, '-extfile', 'ext']);
  }
  openssl(dir, ['req', '-x509', ...ec, '-keyout', 'self.key', '-out', 'self.pem', '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1']);
  const r = (f: string): string => readFileSync(join(dir, f), 'utf8');
  return {
    dir, ca: join(dir, 'ca.pem'), key: r('server.key'), cert: r('server.pem'), expiredKey: r('expired.key'), expiredCert: r('expired.pem'),
    selfKey: r('self.key'), selfCert: r('self.pem'), cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

// ---- Argo CD ----

/** status.operationState of an Application: OperationState of argoproj/argo-cd pkg/apis/application/v1alpha1/types.go. */
export interface ArgoOperation { phase: string; message?: string; finishedAt?: string; revision?: string; revisions?: string[] }

/**
 * GET /api/v1/applications/{name} as Argo CD's API serves it: v1alpha1.Application of argoproj/argo-cd
 * pkg/apis/application/v1alpha1/types.go (also assets/swagger.json). status.sync is SyncStatus {status, revision,
 * revisions[], comparedTo} and holds the revision the controller compared, written before it syncs
 * (controller/appcontroller.go); status.operationState is OperationState {operation, phase, message, syncResult
 * {revision, revisions}, startedAt, finishedAt}; `operation` is set while a sync is requested; reconciledAt is the
 * last reconcile (cmd/argocd/commands/app.go waits for it to be after finishedAt). Errors are grpc-gateway's
 * runtimeError {error, code, message}.
 */
export function argoApplication(name: string, s: {
  sync: string; revision?: string; revisions?: string[]; health: string; message?: string;
  /** Default: a Succeeded sync of the revision that finished before the last reconcile; null: none. */
  op?: ArgoOperation | null; operation?: unknown; reconciledAt?: string;
}): unknown {
  const revision = s.revision ?? s.revisions?.[1] ?? '';
  const op = s.op === undefined ? { phase: 'Succeeded', message: 'successfully synced (all tasks run)', finishedAt: '2026-11-23T10:00:00Z', revision } : s.op;
  return {
    metadata: { name, namespace: 'argocd', uid: '5d1c8a7e-0000-4000-8000-000000000001', resourceVersion: '123456', generation: 42, creationTimestamp: '2026-11-01T10:00:00Z' },
    spec: {
      project: 'default',
      destination: { server: 'https://kubernetes.default.svc', namespace: 'prod' },
      ...(s.revisions
        ? { sources: [{ repoURL: 'https://charts.example.com', chart: 'web', targetRevision: '6.5.3' }, { repoURL: 'https://github.com/acme/gitops.git', path: 'apps/web/overlays/prod', targetRevision: 'main' }] }
        : { source: { repoURL: 'https://github.com/acme/gitops.git', path: 'apps/web/overlays/prod', targetRevision: 'main' } }),
      syncPolicy: { automated: { prune: true, selfHeal: true } },
    },
    status: {
      sync: { status: s.sync, ...(s.revision ? { revision: s.revision } : {}), ...(s.revisions ? { revisions: s.revisions } : {}), comparedTo: { destination: { server: 'https://kubernetes.default.svc', namespace: 'prod' } } },
      health: { status: s.health, ...(s.message ? { message: s.message } : {}), lastTransitionTime: '2026-11-23T10:00:00Z' },
      reconciledAt: s.reconciledAt ?? '2026-11-23T10:00:05Z',
      sourceType: 'Kustomize',
      summary: { images: ['ghcr.io/acme/web:v1.2.3'] },
      ...(op ? { operationState: {
        operation: { sync: { revision: op.revision ?? revision }, initiatedBy: { automated: true }, retry: { limit: 5 } },
        phase: op.phase, message: op.message, startedAt: '2026-11-23T09:59:50Z', ...(op.finishedAt ? { finishedAt: op.finishedAt } : {}),
        syncResult: { revision: op.revision ?? revision, ...(op.revisions ? { revisions: op.revisions } : {}), resources: [] },
      } } : {}),
    },
    ...(s.operation ? { operation: s.operation } : {}),
  };
}

export async function argoDouble(token: string, apps: () => Record<string, unknown>): Promise<Served> {
  return serve((req, res) => {
    const u = new URL(req.url ?? '/', 'http://x');
    if (req.headers.authorization !== `Bearer ${token}`) return json(res, 401, { error: 'no session information', code: 16, message: 'no session information' });
    const m = /^\/api\/v1\/applications\/([^/]+)$/.exec(u.pathname);
    if (!m) return json(res, 404, { error: 'Not Found', code: 5, message: 'Not Found' });
    const app = apps()[decodeURIComponent(m[1] as string)];
    // server/application/application.go (getAppEnforceRBAC): an application that does not exist is answered like
    // one the caller may not see, 403 PermissionDenied, so that its existence does not leak.
    if (!app) return json(res, 403, { error: 'permission denied', code: 7, message: 'permission denied' });
    json(res, 200, app);
  });
}

// ---- Kubernetes ----

/**
 * A Flux Kustomization as the API returns it: KustomizationStatus of fluxcd/kustomize-controller
 * api/v1/kustomization_types.go, written as internal/controller/kustomization_controller.go writes it:
 * status.observedGeneration moves only when Ready=True (finalizeStatus), each condition carries the generation it
 * was written at (fluxcd/pkg runtime/conditions), lastAppliedOriginRevision holds the commit of an OCIRepository
 * artifact whose lastAppliedRevision is a digest, and status.history (fluxcd/pkg apis/meta/history.go, newest
 * first) records each attempt's revision and originRevision.
 */
export function fluxKustomization(name: string, s: {
  applied: string; attempted?: string; ready: 'True' | 'False' | 'Unknown'; reason: string; message?: string; generation?: number;
  /** The generation status.observedGeneration stayed at (default: generation). */
  observed?: number; appliedOrigin?: string; attemptedOrigin?: string; source?: 'GitRepository' | 'OCIRepository';
}): unknown {
  const gen = s.generation ?? 2;
  const meta = (revision: string, origin?: string): Record<string, string> => ({ revision, ...(origin ? { originRevision: origin } : {}) });
  return {
    apiVersion: 'kustomize.toolkit.fluxcd.io/v1', kind: 'Kustomization',
    metadata: { name, namespace: 'flux-system', generation: gen, resourceVersion: '98765', uid: 'f1ux-0000', creationTimestamp: '2026-11-01T10:00:00Z' },
    spec: { interval: '10m', path: './apps/prod', prune: true, sourceRef: { kind: s.source ?? 'GitRepository', name: 'flux-system' }, timeout: '5m', wait: true },
    status: {
      observedGeneration: s.observed ?? gen,
      lastAppliedRevision: s.applied, ...(s.appliedOrigin ? { lastAppliedOriginRevision: s.appliedOrigin } : {}),
      lastAttemptedRevision: s.attempted ?? s.applied,
      lastHandledReconcileAt: '2026-11-23T10:00:00Z',
      conditions: [{ type: 'Ready', status: s.ready, reason: s.reason, message: s.message ?? `Applied revision: ${s.applied}`, lastTransitionTime: '2026-11-23T10:00:00Z', observedGeneration: gen }],
      inventory: { entries: [{ id: 'prod_web_apps_Deployment', v: 'v1' }] },
      history: [{
        digest: 'sha256:2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae', firstReconciled: '2026-11-23T10:00:00Z', lastReconciled: '2026-11-23T10:00:00Z',
        lastReconciledDuration: '2.1s', lastReconciledStatus: s.ready === 'True' ? 'ReconciliationSucceeded' : s.reason, totalReconciliations: 1,
        metadata: meta(s.attempted ?? s.applied, s.attemptedOrigin ?? s.appliedOrigin),
      }],
    },
  };
}

/** A HelmRelease (helm.toolkit.fluxcd.io/v2) as the API returns it. */
export function helmRelease(name: string, s: { generation: number; observed: number; ready: 'True' | 'False' | 'Unknown'; reason: string; message?: string }): unknown {
  return {
    apiVersion: 'helm.toolkit.fluxcd.io/v2', kind: 'HelmRelease',
    metadata: { name, namespace: 'flux-system', generation: s.generation },
    spec: { interval: '15m', chart: { spec: { chart: 'web', version: '6.5.*', sourceRef: { kind: 'HelmRepository', name: 'acme' } } }, values: { image: { tag: 'v1.2.3' } } },
    status: {
      observedGeneration: s.observed, lastAttemptedGeneration: s.observed, lastAttemptedRevision: '6.5.3', lastAttemptedReleaseAction: 'upgrade',
      conditions: [{ type: 'Ready', status: s.ready, reason: s.reason, message: s.message ?? 'Helm upgrade succeeded for release prod/web.v7 with chart web@6.5.3', lastTransitionTime: '2026-11-23T10:00:00Z', observedGeneration: s.observed }],
      history: [{ name: 'web', namespace: 'prod', version: 7, status: 'deployed', chartName: 'web', chartVersion: '6.5.3' }],
    },
  };
}

/** An apps/v1 Deployment as `kubectl get deployment -o json` prints it (the fields a rollout status reads). */
export function deployment(name: string, ns: string, s: { tag: string; generation?: number; observed?: number; replicas?: number; updated?: number; available?: number; total?: number; deadlineExceeded?: boolean }): unknown {
  const want = s.replicas ?? 3;
  return {
    apiVersion: 'apps/v1', kind: 'Deployment',
    metadata: { name, namespace: ns, generation: s.generation ?? 4, labels: { app: name } },
    spec: {
      replicas: want, progressDeadlineSeconds: 600, selector: { matchLabels: { app: name } },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' } },
      template: { metadata: { labels: { app: name } }, spec: { containers: [{ name, image: `ghcr.io/acme/${name}:${s.tag}`, ports: [{ containerPort: 8080 }] }] } },
    },
    status: {
      observedGeneration: s.observed ?? s.generation ?? 4, replicas: s.total ?? want, updatedReplicas: s.updated ?? want, readyReplicas: s.available ?? want, availableReplicas: s.available ?? want,
      conditions: [
        { type: 'Available', status: 'True', reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.' },
        s.deadlineExceeded
          ? { type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${name}-7d4b9c" has timed out progressing.` }
          : { type: 'Progressing', status: 'True', reason: 'NewReplicaSetAvailable', message: `ReplicaSet "${name}-7d4b9c" has successfully progressed.` },
      ],
    },
  };
}

const podTemplate = (name: string, tag: string): unknown => ({ metadata: { labels: { app: name } }, spec: { containers: [{ name, image: `ghcr.io/acme/${name}:${tag}` }] } });

/** An apps/v1 StatefulSet (k8s.io/api apps/v1 types; the fields kubectl's rollout_status.go reads). */
export function statefulSet(name: string, ns: string, s: { tag: string; generation?: number; observed?: number; ready?: number; updated?: number; partition?: number }): unknown {
  return {
    apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name, namespace: ns, generation: s.generation ?? 3 },
    spec: {
      replicas: 3, serviceName: name, selector: { matchLabels: { app: name } }, podManagementPolicy: 'OrderedReady',
      // apps/v1 defaulting fills rollingUpdate.partition with 0.
      updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: s.partition ?? 0 } }, template: podTemplate(name, s.tag),
    },
    status: {
      observedGeneration: s.observed ?? s.generation ?? 3, replicas: 3, readyReplicas: s.ready ?? 3, currentReplicas: 3, updatedReplicas: s.updated ?? 3,
      currentRevision: `${name}-5d8f7c9b6`, updateRevision: `${name}-5d8f7c9b6`, collisionCount: 0, availableReplicas: s.ready ?? 3,
    },
  };
}

/** An apps/v1 DaemonSet (the fields kubectl's rollout_status.go reads). */
export function daemonSet(name: string, ns: string, s: { tag: string; generation?: number; observed?: number; updated?: number; available?: number }): unknown {
  return {
    apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name, namespace: ns, generation: s.generation ?? 2 },
    spec: { selector: { matchLabels: { app: name } }, updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1, maxSurge: 0 } }, template: podTemplate(name, s.tag) },
    status: {
      observedGeneration: s.observed ?? s.generation ?? 2, desiredNumberScheduled: 4, currentNumberScheduled: 4, numberMisscheduled: 0,
      updatedNumberScheduled: s.updated ?? 4, numberAvailable: s.available ?? 4, numberReady: s.available ?? 4,
    },
  };
}

/**
 * An Argo Rollouts Rollout (argoproj.io/v1alpha1): RolloutStatus of argoproj/argo-rollouts
 * pkg/apis/rollouts/v1alpha1/types.go, shaped like its fixtures pkg/kubectl-argo-rollouts/info/testdata
 * (canary/canary-rollout.yaml; rollout-aborted/rollout.yaml for abort, the Progressing condition with
 * RolloutAborted and canary.currentBackgroundAnalysisRunStatus; blue-green/bluegreen-rollout.yaml for
 * pauseConditions and controllerPause). observedGeneration is a string, as the controller writes it.
 */
export function rolloutObject(name: string, ns: string, s: {
  tag: string; state: 'healthy' | 'progressing' | 'paused' | 'aborted'; generation?: number; observed?: number; message?: string;
}): unknown {
  const gen = s.generation ?? 15;
  const [stable, current] = ['7d84d44bb8', 'db976bc44'];
  const run = { name: `${name}-${current}-2`, status: 'Failed', message: s.message ?? 'metric "success-rate" assessed Failed due to failed (1) > failureLimit (0)' };
  const by: Record<typeof s.state, Record<string, unknown>> = {
    healthy: { phase: 'Healthy', stableRS: current, currentStepIndex: 2 },
    progressing: { phase: 'Progressing', message: 'more replicas need to be updated', stableRS: stable, currentStepIndex: 0 },
    paused: { phase: 'Paused', message: 'CanaryPauseStep', stableRS: stable, currentStepIndex: 1, controllerPause: true, pauseConditions: [{ reason: 'CanaryPauseStep', startTime: '2026-11-23T10:00:20Z' }] },
    aborted: {
      phase: 'Degraded', message: `RolloutAborted: Rollout aborted update to revision 2: ${run.message}`, stableRS: stable, abort: true, abortedAt: '2026-11-23T10:00:05Z', currentStepIndex: 0,
      canary: { currentBackgroundAnalysisRunStatus: run },
      conditions: [{ type: 'Progressing', status: 'False', reason: 'RolloutAborted', message: run.message, lastTransitionTime: '2026-11-23T10:00:04Z', lastUpdateTime: '2026-11-23T10:00:04Z' }],
    },
  };
  return {
    apiVersion: 'argoproj.io/v1alpha1', kind: 'Rollout',
    metadata: { name, namespace: ns, generation: gen, annotations: { 'rollout.argoproj.io/revision': '2' } },
    spec: {
      replicas: 3, selector: { matchLabels: { app: name } }, template: podTemplate(name, s.tag),
      strategy: { canary: { analysis: { templates: [{ templateName: 'success-rate' }] }, steps: [{ setWeight: 20 }, { pause: {} }, { setWeight: 100 }] } },
    },
    status: {
      HPAReplicas: 3, replicas: 3, updatedReplicas: 3, readyReplicas: 3, availableReplicas: 3, blueGreen: {}, canary: {},
      currentPodHash: current, currentStepHash: '849b756fd4', observedGeneration: String(s.observed ?? gen), selector: `app=${name}`,
      conditions: [{ type: 'Available', status: 'True', reason: 'AvailableReason', message: 'Rollout has minimum availability', lastTransitionTime: '2026-11-23T09:00:00Z', lastUpdateTime: '2026-11-23T09:00:00Z' }],
      ...by[s.state],
    },
  };
}

/** The failed AnalysisRun of rolloutObject's aborted state (argo-rollouts info/testdata/rollout-aborted/analysisrun.yaml). */
export function analysisRun(name: string, ns: string, value: string, message: string): unknown {
  return {
    apiVersion: 'argoproj.io/v1alpha1', kind: 'AnalysisRun', metadata: { name, namespace: ns, generation: 2, labels: { 'rollout-type': 'Background' } },
    spec: { metrics: [{ name: 'success-rate', interval: '5s', successCondition: 'result[0] >= 0.95', provider: { prometheus: { address: 'http://prometheus:9090', query: 'x' } } }] },
    status: {
      phase: 'Failed', message, startedAt: '2026-11-23T10:00:00Z',
      metricResults: [{ name: 'success-rate', phase: 'Failed', count: 1, failed: 1, measurements: [{ phase: 'Failed', value, startedAt: '2026-11-23T10:00:04Z', finishedAt: '2026-11-23T10:00:04Z' }] }],
    },
  };
}

/** A Kubernetes API server double over HTTPS: objects by path, a bearer token, /version for kubectl. */
export async function kubeDouble(certs: Certs, token: string, objects: () => Record<string, unknown>): Promise<Served> {
  return serve((req, res) => {
    const path = new URL(req.url ?? '/', 'https://x').pathname;
    if (req.headers.authorization !== `Bearer ${token}`) return json(res, 401, { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: 'Unauthorized', reason: 'Unauthorized', code: 401 });
    if (path === '/version') return json(res, 200, { major: '1', minor: '31', gitVersion: 'v1.31.0', platform: 'linux/amd64' });
    const o = objects()[path];
    if (!o) {
      // The API server names the resource with its group: deployments.apps "web" not found.
      const m = /^\/apis\/([^/]+)\/[^/]+\/.*\/([^/]+)\/([^/]+)$/.exec(path) ?? /^\/api\/v1\/.*\/()([^/]+)\/([^/]+)$/.exec(path);
      const resource = m ? `${m[2]}${m[1] ? `.${m[1]}` : ''}` : 'object';
      return json(res, 404, { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: `${resource} "${m?.[3] ?? ''}" not found`, reason: 'NotFound', details: { name: m?.[3], group: m?.[1], kind: m?.[2] }, code: 404 });
    }
    json(res, 200, o);
  }, { key: certs.key, cert: certs.cert });
}

export function writeKubeconfig(dir: string, server: string, caFile: string, token: string): string {
  const path = join(dir, 'kubeconfig');
  writeFileSync(path, [
    'apiVersion: v1', 'kind: Config',
    'clusters:', `- name: test`, `  cluster: {server: "${server}", certificate-authority-data: ${Buffer.from(readFileSync(caFile)).toString('base64')}}`,
    'users:', `- name: test`, `  user: {token: ${token}}`,
    'contexts:', '- name: test', '  context: {cluster: test, user: test}', 'current-context: test', '',
  ].join('\n'), { mode: 0o600 });
  return path;
}

// ---- Prometheus ----

export interface PrometheusRun {
  url: string;
  stop(): Promise<void>;
  log(): string;
}

/** Starts Debian's prometheus on 127.0.0.1 with a temp config scraping `targets` every second and temp storage. */
export async function startPrometheus(targets: string[], port: number): Promise<PrometheusRun> {
  const dir = mkdtempSync(join(tmpdir(), 'gitops-promote-prom-'));
  writeFileSync(join(dir, 'prometheus.yml'), [
    'global: {scrape_interval: 1s, evaluation_interval: 1s, scrape_timeout: 900ms}',
    'scrape_configs:',
    '  - job_name: app',
    `    static_configs: [{targets: [${targets.map((t) => JSON.stringify(t)).join(', ')}]}]`,
    '',
  ].join('\n'));
  let log = '';
  const child: ChildProcess = spawn('prometheus', [
    `--config.file=${join(dir, 'prometheus.yml')}`, `--storage.tsdb.path=${join(dir, 'data')}`, `--web.listen-address=127.0.0.1:${port}`,
    '--log.level=warn', '--storage.tsdb.retention.time=1h',
  ], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (b: Buffer) => { log += b.toString(); });
  child.stderr?.on('data', (b: Buffer) => { log += b.toString(); });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`prometheus exited (${child.exitCode}): ${log}`);
    const ok = await new Promise<boolean>((resolve) => {
      const r = http.get(`${url}/-/ready`, (res) => { res.resume(); resolve(res.statusCode === 200); });
      r.on('error', () => resolve(false));
    });
    if (ok) break;
    if (Date.now() - started > 90_000) { // a hang guard: a busy machine starts it in seconds
      child.kill('SIGKILL');
      throw new Error(`prometheus did not become ready in 90 s: ${log}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    log: () => log,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A free TCP port on 127.0.0.1 (bound and released). */
export async function freePort(): Promise<number> {
  const s = http.createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

/**
 * An app exposing /metrics: http_requests_total{scenario, code} counters that grow at the rates the test sets
 * (requests per second, ok and errors), so rate() over them is what the test decides: a rate of zero requests makes
 * the error ratio 0/0 = NaN.
 */
export async function metricsApp(rates: Record<string, { ok: number; errors: number }>): Promise<Served & { stopTicking(): void }> {
  const totals: Record<string, { ok: number; errors: number }> = {};
  for (const k of Object.keys(rates)) totals[k] = { ok: 0, errors: 0 };
  const tick = setInterval(() => {
    for (const [k, r] of Object.entries(rates)) {
      const t = totals[k] as { ok: number; errors: number };
      t.ok += r.ok / 10;
      t.errors += r.errors / 10;
    }
  }, 100);
  const s = await serve((req, res) => {
    if (req.url !== '/metrics') return json(res, 404, {});
    const lines = ['# HELP http_requests_total Requests served.', '# TYPE http_requests_total counter'];
    for (const [k, t] of Object.entries(totals)) lines.push(`http_requests_total{scenario="${k}",code="200"} ${t.ok}`, `http_requests_total{scenario="${k}",code="500"} ${t.errors}`);
    lines.push('');
    res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' });
    res.end(lines.join('\n'));
  });
  return Object.assign(s, { stopTicking: () => clearInterval(tick) });
}
