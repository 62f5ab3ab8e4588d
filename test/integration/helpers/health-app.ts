// A loopback app for the promote → wait-healthy → rollback chain: the service and its GitOps agent in one. On
// every request it reads what the config repo's branch says each region runs (the bare repo behind the git
// server, as Flux or Argo CD would have applied it) and answers as pods of that version would:
//
// - a good version: GET /<region>/api/version → 200 {version, commit, region}; GET /<region>/health → 200
//   {status: "ok", version};
// - a broken version (its pods crash-loop): /health → 500 {status: "failing", version, error}; /api/version still
//   answers from the old ReplicaSet, i.e. 200 with the last good version the branch's history gave the region
//   (the wrong version).
//
// /api/version and /health without a region prefix are the first region's. Anything else is 404.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Socket } from 'node:net';
import { gitOk } from './git-repo.js';

export interface HealthAppOptions {
  /** The bare config repository the "agent" reads. */
  bare: string;
  /** Branch the agent syncs (default main). */
  branch?: string;
  /** Region → the file that holds the version the region runs (in order; the first is the default region). */
  targets: Record<string, string>;
  /** The version in a target file's text. */
  readVersion: (text: string) => string;
  /** Versions whose pods never become healthy. */
  broken: readonly string[];
}

export interface HealthRequest {
  path: string;
  region?: string;
  /** What the agent found deployed for the region when the request came in. */
  deployed?: string;
  /** The commit of the branch it read. */
  commit?: string;
  status: number;
}

export interface HealthApp {
  /** http://127.0.0.1:<port> */
  readonly url: string;
  readonly port: number;
  /** Every request, in arrival order. */
  readonly requests: HealthRequest[];
  /** `${url}/${region}${path}` */
  urlOf(region: string, path: '/api/version' | '/health'): string;
  /** The distinct versions the agent saw deployed in `region`, in the order it saw them. */
  deployedHistory(region: string): string[];
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store' });
  res.end(text);
}

/** `newTag: v1.2.3` (kustomize images) or `tag: "1.2.3"` (Helm values) of the image `image`, as written. */
export function imageTagReader(image: string): (text: string) => string {
  const esc = image.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const kustomize = new RegExp(`name:\\s*${esc}\\b[^\\n]*\\n\\s*newTag:\\s*["']?([^"'\\s#]+)`);
  const helm = new RegExp(`repository:\\s*${esc}\\s*\\n\\s*tag:\\s*["']?([^"'\\s#]+)`);
  return (text) => {
    const m = kustomize.exec(text) ?? helm.exec(text);
    if (!m) throw new Error(`health-app: no tag of ${image} in\n${text}`);
    return m[1] as string;
  };
}

export async function startHealthApp(o: HealthAppOptions): Promise<HealthApp> {
  const branch = o.branch ?? 'main';
  const regions = Object.keys(o.targets);
  if (!regions.length) throw new Error('health-app: no targets');
  const broken = new Set(o.broken);
  const requests: HealthRequest[] = [];
  const history = new Map<string, string[]>();

  const versionAt = async (commit: string, file: string): Promise<string> => o.readVersion(await gitOk(['cat-file', 'blob', `${commit}:${file}`], { cwd: o.bare }));

  async function deployed(region: string): Promise<{ version: string; commit: string }> {
    const commit = (await gitOk(['rev-parse', '--verify', `refs/heads/${branch}^{commit}`], { cwd: o.bare })).trim();
    return { version: await versionAt(commit, o.targets[region] as string), commit };
  }

  /** The newest good version the region's file held in the branch's history: what its old ReplicaSet still serves. */
  async function lastGood(region: string, tip: string): Promise<string | undefined> {
    const file = o.targets[region] as string;
    const commits = (await gitOk(['log', '--format=%H', tip, '--', file], { cwd: o.bare })).split('\n').filter(Boolean);
    for (const c of commits) {
      const v = await versionAt(c, file);
      if (!broken.has(v)) return v;
    }
    return undefined;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0] as string;
    const rec: HealthRequest = { path, status: 0 };
    requests.push(rec);
    const m = /^(?:\/([a-z0-9-]+))?(\/api\/version|\/health)$/.exec(path);
    const region = m ? (m[1] ?? regions[0]) as string : undefined;
    if (req.method !== 'GET' || !m || region === undefined || !(region in o.targets)) {
      rec.status = 404;
      return send(res, 404, { error: 'not found' });
    }
    rec.region = region;
    const d = await deployed(region);
    rec.deployed = d.version;
    rec.commit = d.commit;
    const seen = history.get(region) ?? [];
    if (seen.at(-1) !== d.version) seen.push(d.version);
    history.set(region, seen);
    const bad = broken.has(d.version);
    if (m[2] === '/health') {
      rec.status = bad ? 500 : 200;
      return bad
        ? send(res, 500, { status: 'failing', version: d.version, error: `CrashLoopBackOff: ${d.version} exits 1 on start` })
        : send(res, 200, { status: 'ok', version: d.version });
    }
    const serving = bad ? await lastGood(region, d.commit) : d.version;
    if (serving === undefined) {
      // Never ran a good version: nothing serves at all.
      rec.status = 503;
      return send(res, 503, { error: 'no ready pods' });
    }
    rec.status = 200;
    return send(res, 200, { version: serving, commit: bad ? undefined : d.commit, region });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) send(res, 599, { error: String(e) });
    });
  });
  const sockets = new Set<Socket>();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    port,
    requests,
    urlOf: (region, path) => `${url}/${region}${path}`,
    deployedHistory: (region) => [...(history.get(region) ?? [])],
    close: () => new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    }),
  };
}
