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
  /** Every request: method, path, headers, time. */
  requests: { path: string; headers: http.IncomingHttpHeaders; at: number }[];
  close(): Promise<void>;
}

/** An HTTP (or, with tls, HTTPS) server on 127.0.0.1 and a free port. */
export async function serve(handler: Handler, tls?: { key: string; cert: string }): Promise<Served> {
  const requests: Served['requests'] = [];
  const wrapped: Handler = (req, res) => {
    requests.push({ path: req.url ?? '', headers: req.headers, at: Date.now() });
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

/**
 * GET /api/v1/applications/{name} as Argo CD's API serves it. The body follows v1alpha1Application in Argo CD's
 * published swagger (assets/swagger.json of argoproj/argo-cd): status.sync is v1alpha1SyncStatus {status, revision,
 * revisions[], comparedTo}, status.health is v1alpha1AppHealthStatus {status, message, lastTransitionTime},
 * status.operationState is v1alpha1OperationState {phase, message, syncResult{revision}}. Errors are grpc-gateway's
 * runtimeError {error, code, message}.
 */
export function argoApplication(name: string, s: { sync: string; revision?: string; revisions?: string[]; health: string; message?: string }): unknown {
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
      reconciledAt: '2026-11-23T10:00:00Z',
      sourceType: 'Kustomize',
      summary: { images: ['ghcr.io/acme/web:v1.2.3'] },
      operationState: { phase: 'Succeeded', message: 'successfully synced (all tasks run)', startedAt: '2026-11-23T09:59:50Z', finishedAt: '2026-11-23T10:00:00Z', syncResult: { revision: s.revision ?? s.revisions?.[1] ?? '' } },
    },
  };
}

export async function argoDouble(token: string, apps: () => Record<string, unknown>): Promise<Served> {
  return serve((req, res) => {
    const u = new URL(req.url ?? '/', 'http://x');
    if (req.headers.authorization !== `Bearer ${token}`) return json(res, 401, { error: 'no session information', code: 16, message: 'no session information' });
    const m = /^\/api\/v1\/applications\/([^/]+)$/.exec(u.pathname);
    if (!m) return json(res, 404, { error: 'Not Found', code: 5, message: 'Not Found' });
    const app = apps()[decodeURIComponent(m[1] as string)];
    if (!app) return json(res, 404, { error: `applications.argoproj.io "${m[1]}" not found`, code: 5, message: `applications.argoproj.io "${m[1]}" not found` });
    json(res, 200, app);
  });
}

// ---- Kubernetes ----

/** A Flux Kustomization as the API returns it (kustomize.toolkit.fluxcd.io/v1; status fields per Flux's docs). */
export function fluxKustomization(name: string, s: { applied: string; attempted?: string; ready: 'True' | 'False' | 'Unknown'; reason: string; message?: string; generation?: number }): unknown {
  return {
    apiVersion: 'kustomize.toolkit.fluxcd.io/v1', kind: 'Kustomization',
    metadata: { name, namespace: 'flux-system', generation: s.generation ?? 2, resourceVersion: '98765', uid: 'f1ux-0000', creationTimestamp: '2026-11-01T10:00:00Z' },
    spec: { interval: '10m', path: './apps/prod', prune: true, sourceRef: { kind: 'GitRepository', name: 'flux-system' }, timeout: '5m', wait: true },
    status: {
      observedGeneration: s.generation ?? 2,
      lastAppliedRevision: s.applied, lastAttemptedRevision: s.attempted ?? s.applied,
      lastHandledReconcileAt: '2026-11-23T10:00:00Z',
      conditions: [{ type: 'Ready', status: s.ready, reason: s.reason, message: s.message ?? `Applied revision: ${s.applied}`, lastTransitionTime: '2026-11-23T10:00:00Z', observedGeneration: s.generation ?? 2 }],
      inventory: { entries: [{ id: 'prod_web_apps_Deployment', v: 'v1' }] },
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

/** A Kubernetes API server double over HTTPS: objects by path, a bearer token, /version for kubectl. */
export async function kubeDouble(certs: Certs, token: string, objects: () => Record<string, unknown>): Promise<Served> {
  return serve((req, res) => {
    const path = new URL(req.url ?? '/', 'https://x').pathname;
    if (req.headers.authorization !== `Bearer ${token}`) return json(res, 401, { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: 'Unauthorized', reason: 'Unauthorized', code: 401 });
    if (path === '/version') return json(res, 200, { major: '1', minor: '31', gitVersion: 'v1.31.0', platform: 'linux/amd64' });
    const o = objects()[path];
    if (!o) {
      const m = /\/([^/]+)\/([^/]+)$/.exec(path);
      return json(res, 404, { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: `${m?.[1] ?? 'object'} "${m?.[2] ?? ''}" not found`, reason: 'NotFound', details: { name: m?.[2], kind: m?.[1] }, code: 404 });
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
    if (Date.now() - started > 20_000) {
      child.kill('SIGKILL');
      throw new Error(`prometheus did not become ready in 20 s: ${log}`);
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
