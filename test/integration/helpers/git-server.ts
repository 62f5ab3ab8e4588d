// A real smart-HTTP git server for integration tests: a node:http server on 127.0.0.1 that checks a token,
// then runs git's own CGI program, `git http-backend`, once per request (so concurrent clients get their own
// processes). Faults can be injected (HTTP errors, a racing commit before a push) and every request is
// recorded without its credentials.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { timingSafeEqual } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { gitEnv } from './git-repo.js';

export type GitService = 'receive-pack' | 'upload-pack';

/** Where in a smart-HTTP exchange a request sits: the ref advertisement (GET info/refs) or the POST. */
export type GitPhase = 'advertisement' | 'rpc';

export interface RecordedRequest {
  /** 1-based arrival order. */
  seq: number;
  method: string;
  /** The URL path as received (undecoded, token replaced by '[redacted]'), without the query. */
  path: string;
  /** The raw query string without '?' (token replaced by '[redacted]'), '' if none. */
  query: string;
  /** Repo name from /<name>.git/..., if the path had that shape. */
  repo?: string;
  service?: GitService;
  phase?: GitPhase;
  authorized: boolean;
  /** Whether an Authorization header was sent; its value is never kept. */
  authHeader: 'present' | 'absent';
  authScheme?: 'basic' | 'bearer' | 'other';
  /** Basic-auth user name ('[redacted]' if it contains the token). */
  user?: string;
  /** The Git-Protocol header (e.g. "version=2"), passed to the backend as GIT_PROTOCOL. */
  gitProtocol?: string;
  /** Content-Encoding of the request body (git gzips larger fetch requests). */
  contentEncoding?: string;
  /** The body came chunked, without Content-Length (git does this for POSTs over http.postBuffer). */
  chunked: boolean;
  /** True if the token (raw or percent-decoded) appeared anywhere in the request line's URL. */
  tokenInUrl: boolean;
  /** HTTP status sent back; undefined while the request is in flight or if the client went away first. */
  status?: number;
  /** Set when failNext() answered instead of the backend. */
  injected?: boolean;
  /** http-backend's stderr (with the token redacted), for debugging failed transfers. */
  backendStderr?: string;
}

export type FailKind = GitService | 'any';

export interface FailOptions {
  /**
   * Which request of a push/fetch fails (ignored for kind 'any', which matches any request).
   * 'rpc' (default): the POST carrying the pack/commands; 'advertisement': GET info/refs; 'either': first of them.
   */
  at?: GitPhase | 'either';
}

export interface ReceivePackHookOptions {
  /**
   * 'advertisement' (default): before the ref advertisement of a push, so the client sees the moved branch and
   * refuses itself ("rejected ... (fetch first)" / non-fast-forward), as when another writer pushed in between.
   * 'rpc': after the advertisement, before the POST is served, so the server refuses the stale update
   * ("remote rejected ... (failed to update ref)" / "cannot lock ref").
   */
  at?: GitPhase;
  /** How many pushes it fires for (default 1; Infinity for every push). */
  times?: number;
}

export type ReceivePackHook = (repoName: string, bareRepoPath: string) => Promise<void> | void;

export interface GitServerOptions {
  /** Directory holding the <name>.git bare repos. */
  root: string;
  token: string;
  /** User name that authEnv() puts in its Basic header (default 'x-access-token'); the server accepts any. */
  username?: string;
}

export interface GitServer {
  readonly port: number;
  /** http://127.0.0.1:<port> (no trailing slash). */
  readonly baseUrl: string;
  /** http://127.0.0.1:<port>/<name>.git */
  url(name: string): string;
  /** Every request since start (or the last reset()), in arrival order. */
  readonly requests: RecordedRequest[];
  /** POSTs per service (one per push; one or two per fetch/clone with protocol v2), whatever their outcome. */
  readonly counts: Record<GitService, number>;
  /** Most http-backend processes that ran at the same time (evidence that clients were served in parallel). */
  readonly peakBackends: number;
  /** http-backend processes running now. */
  readonly activeBackends: number;
  /** The next `times` matching requests get `status` instead of the backend's answer. */
  failNext(kind: FailKind, status: number, times?: number, opts?: FailOptions): void;
  /** Runs `hook` before the next push (see ReceivePackHookOptions) is served; the push waits for it. */
  beforeReceivePack(hook: ReceivePackHook, opts?: ReceivePackHookOptions): void;
  /** Env that makes git send the auth header for this server via GIT_CONFIG_* (never argv or .git/config). */
  authEnv(opts?: { token?: string; username?: string; scheme?: 'basic' | 'bearer' }): NodeJS.ProcessEnv;
  /** Clears requests, counts, pending failures and hooks. */
  reset(): void;
  /** Kills running backends, drops connections and stops listening. */
  close(): Promise<void>;
}

export const DEFAULT_USERNAME = 'x-access-token';

export function basicAuthHeader(username: string, token: string): string {
  return `Authorization: Basic ${Buffer.from(`${username}:${token}`).toString('base64')}`;
}

/**
 * GIT_CONFIG_COUNT/KEY/VALUE env that sets http.<urlPrefix>.extraheader: git sends the header on every
 * request under that prefix, and the secret stays out of argv (ps) and out of the clone's .git/config.
 */
export function extraHeaderEnv(urlPrefix: string, header: string): NodeJS.ProcessEnv {
  return { GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: `http.${urlPrefix}.extraheader`, GIT_CONFIG_VALUE_0: header };
}

let backendPath: Promise<string> | undefined;

/** $(git --exec-path)/git-http-backend, looked up once. */
function findBackend(): Promise<string> {
  backendPath ??= new Promise((res, rej) => {
    execFile('git', ['--exec-path'], { env: gitEnv() }, (err, stdout) => {
      if (err) return rej(err);
      const p = join(stdout.trim(), 'git-http-backend');
      if (!existsSync(p)) return rej(new Error(`git http-backend not found at ${p}`));
      res(p);
    });
  });
  return backendPath;
}

const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const REPO_PATH = /^\/([^/]+)\.git(\/.*)?$/;

function safeEq(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function decodeOrRaw(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Finds the end of the CGI header block: a blank line, CRLF or bare LF (http-backend writes CRLF). */
function headerEnd(buf: Buffer): { at: number; skip: number } | undefined {
  const crlf = buf.indexOf('\r\n\r\n');
  const lf = buf.indexOf('\n\n');
  if (crlf < 0 && lf < 0) return undefined;
  if (crlf >= 0 && (lf < 0 || crlf < lf)) return { at: crlf, skip: 4 };
  return { at: lf, skip: 2 };
}

function killGroup(child: ChildProcess): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

interface FailRule {
  kind: FailKind;
  at: GitPhase | 'either';
  status: number;
  left: number;
}

interface HookRule {
  hook: ReceivePackHook;
  at: GitPhase;
  left: number;
}

export async function startGitServer(opts: GitServerOptions): Promise<GitServer> {
  const root = resolve(opts.root);
  if (!statSync(root).isDirectory()) throw new Error(`git server root is not a directory: ${root}`);
  if (opts.token === '') throw new Error('git server needs a non-empty token');
  const token = opts.token;
  const username = opts.username ?? DEFAULT_USERNAME;
  const backend = await findBackend();
  // The backend gets the same isolated env as the clients, minus anything the test process set for git.
  const baseEnv = gitEnv();

  const requests: RecordedRequest[] = [];
  const counts: Record<GitService, number> = { 'receive-pack': 0, 'upload-pack': 0 };
  let fails: FailRule[] = [];
  let hooks: HookRule[] = [];
  const children = new Set<ChildProcess>();
  let closed = false;
  let seq = 0;
  let peak = 0;

  const redact = (s: string): string => s.split(token).join('[redacted]');
  // A URL may carry the token percent-encoded as well as raw.
  const redactUrl = (s: string): string => redact(s.split(encodeURIComponent(token)).join('[redacted]'));

  function authorize(header: string | undefined): { ok: boolean; scheme?: RecordedRequest['authScheme']; user?: string } {
    if (header === undefined) return { ok: false };
    const m = /^(\S+)\s+(.*)$/.exec(header.trim());
    const scheme = m?.[1]?.toLowerCase();
    const cred = m?.[2] ?? '';
    if (scheme === 'bearer') return { ok: safeEq(cred, token), scheme: 'bearer' };
    if (scheme !== 'basic') return { ok: false, scheme: 'other' };
    const decoded = Buffer.from(cred, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return { ok: false, scheme: 'basic' };
    const user = decoded.slice(0, colon);
    return { ok: safeEq(decoded.slice(colon + 1), token), scheme: 'basic', user };
  }

  function takeFailure(service: GitService | undefined, phase: GitPhase | undefined): number | undefined {
    const rule = fails.find(
      (f) => f.left > 0 && (f.kind === 'any' || (f.kind === service && (f.at === 'either' || f.at === phase))),
    );
    if (!rule) return undefined;
    rule.left -= 1;
    fails = fails.filter((f) => f.left > 0);
    return rule.status;
  }

  function takeHook(phase: GitPhase): ReceivePackHook | undefined {
    const rule = hooks.find((h) => h.left > 0 && h.at === phase);
    if (!rule) return undefined;
    rule.left -= 1;
    hooks = hooks.filter((h) => h.left > 0);
    return rule.hook;
  }

  function plain(res: ServerResponse, rec: RecordedRequest, status: number, body: string, headers: Record<string, string> = {}): void {
    if (res.headersSent || res.destroyed) return;
    rec.status = status;
    res.writeHead(status, { 'Content-Type': 'text/plain', ...headers });
    res.end(body);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const rawUrl = req.url ?? '/';
    const q = rawUrl.indexOf('?');
    const path = q < 0 ? rawUrl : rawUrl.slice(0, q);
    const query = q < 0 ? '' : rawUrl.slice(q + 1);
    const auth = authorize(req.headers.authorization);
    const rec: RecordedRequest = {
      seq: ++seq,
      method: req.method ?? 'GET',
      // Kept redacted: a token that leaked into the URL must not end up in test output either.
      path: redactUrl(path),
      query: redactUrl(query),
      authorized: auth.ok,
      authHeader: req.headers.authorization === undefined ? 'absent' : 'present',
      tokenInUrl: rawUrl.includes(token) || decodeOrRaw(rawUrl).includes(token),
      chunked: /\bchunked\b/i.test(req.headers['transfer-encoding'] ?? ''),
    };
    const enc = req.headers['content-encoding'];
    if (typeof enc === 'string') rec.contentEncoding = enc;
    if (auth.scheme) rec.authScheme = auth.scheme;
    if (auth.user !== undefined) rec.user = auth.user.includes(token) ? '[redacted]' : auth.user;
    const proto = req.headers['git-protocol'];
    if (typeof proto === 'string') rec.gitProtocol = proto;

    const m = REPO_PATH.exec(path);
    const repo = m?.[1];
    const rest = m?.[2] ?? '';
    if (repo !== undefined) rec.repo = redactUrl(repo);
    const svcParam = new URLSearchParams(query).get('service');
    if (rest === '/info/refs' && (svcParam === 'git-receive-pack' || svcParam === 'git-upload-pack')) {
      rec.service = svcParam.slice(4) as GitService;
      rec.phase = 'advertisement';
    } else if (rec.method === 'POST' && (rest === '/git-receive-pack' || rest === '/git-upload-pack')) {
      rec.service = rest.slice(5) as GitService;
      rec.phase = 'rpc';
      counts[rec.service] += 1;
    }
    requests.push(rec);

    // Unread request bodies would otherwise stall keep-alive connections when we answer without the backend.
    const drain = (): void => {
      req.resume();
    };

    if (!auth.ok) {
      drain();
      return plain(res, rec, 401, 'unauthorized\n', { 'WWW-Authenticate': 'Basic realm="test"' });
    }
    const injected = takeFailure(rec.service, rec.phase);
    if (injected !== undefined) {
      rec.injected = true;
      drain();
      return plain(res, rec, injected, `injected failure ${injected}\n`);
    }
    // Only plain repo names under root: no traversal, no nested paths.
    if (repo === undefined || !SAFE_NAME.test(repo) || repo.includes('..') || !existsSync(join(root, `${repo}.git`))) {
      drain();
      return plain(res, rec, 404, 'not found\n');
    }
    if (rec.service === 'receive-pack' && rec.phase) {
      const hook = takeHook(rec.phase);
      if (hook) {
        // Hold the body while the hook runs; it is piped to the backend afterwards.
        req.pause();
        try {
          await hook(repo, join(root, `${repo}.git`));
        } catch (e) {
          drain();
          return plain(res, rec, 500, `beforeReceivePack hook failed: ${redact(String(e))}\n`);
        }
      }
    }
    if (closed || res.destroyed) {
      drain();
      return;
    }
    runBackend(req, res, rec, path, query);
  }

  function runBackend(req: IncomingMessage, res: ServerResponse, rec: RecordedRequest, path: string, query: string): void {
    const env: NodeJS.ProcessEnv = {
      ...baseEnv,
      GIT_PROJECT_ROOT: root,
      GIT_HTTP_EXPORT_ALL: '1',
      // CGI wants PATH_INFO decoded; http-backend rejects '..' itself as well.
      PATH_INFO: decodeOrRaw(path),
      QUERY_STRING: query,
      REQUEST_METHOD: rec.method,
      REMOTE_USER: rec.user && rec.user !== '[redacted]' ? rec.user : username,
      REMOTE_ADDR: req.socket.remoteAddress ?? '127.0.0.1',
      SERVER_PROTOCOL: `HTTP/${req.httpVersion}`,
      GATEWAY_INTERFACE: 'CGI/1.1',
    };
    const h = req.headers;
    if (h['content-type']) env.CONTENT_TYPE = h['content-type'];
    // Absent for chunked uploads (git chunks POSTs over http.postBuffer): http-backend then reads to EOF.
    if (h['content-length']) env.CONTENT_LENGTH = h['content-length'];
    // git gzips some request bodies (upload-pack negotiation); http-backend inflates them itself.
    if (typeof h['content-encoding'] === 'string') env.HTTP_CONTENT_ENCODING = h['content-encoding'];
    if (rec.gitProtocol) env.GIT_PROTOCOL = rec.gitProtocol;

    // Own process group: http-backend forks git-upload-pack/receive-pack, and killing the group stops those too.
    const child = spawn(backend, [], { env, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
    children.add(child);
    peak = Math.max(peak, children.size);
    const stderr: Buffer[] = [];
    child.stderr.on('data', (b: Buffer) => stderr.push(b));
    // The backend may exit without reading the whole body (errors): EPIPE here is expected, not fatal.
    child.stdin.on('error', () => undefined);
    req.pipe(child.stdin);
    req.resume();

    let head: Buffer | undefined = Buffer.alloc(0);
    const onData = (chunk: Buffer): void => {
      if (head === undefined) return;
      head = Buffer.concat([head, chunk]);
      const end = headerEnd(head);
      if (!end) return;
      const block = head.subarray(0, end.at).toString('latin1');
      const body = head.subarray(end.at + end.skip);
      head = undefined;
      child.stdout.off('data', onData);
      let status = 200;
      let reason: string | undefined;
      const headers: Record<string, string[]> = {};
      for (const line of block.split(/\r?\n/)) {
        const colon = line.indexOf(':');
        if (colon <= 0) continue;
        const name = line.slice(0, colon).trim();
        const value = line.slice(colon + 1).trim();
        if (name.toLowerCase() === 'status') {
          // "Status: 404 Not Found"
          const sm = /^(\d{3})\s*(.*)$/.exec(value);
          if (sm) {
            status = Number(sm[1]);
            reason = sm[2] || undefined;
          }
        } else {
          (headers[name] ??= []).push(value);
        }
      }
      if (res.destroyed) return;
      rec.status = status;
      if (reason) res.statusMessage = reason;
      res.writeHead(status, headers);
      res.write(body);
      child.stdout.pipe(res);
    };
    child.stdout.on('data', onData);

    child.on('error', (e) => {
      stderr.push(Buffer.from(String(e)));
    });
    child.on('close', (code, signal) => {
      children.delete(child);
      rec.backendStderr = redact(Buffer.concat(stderr).toString('utf8'));
      if (head !== undefined) {
        // The backend died before finishing its headers.
        plain(res, rec, 502, `git http-backend exited ${code ?? signal} without a response\n${rec.backendStderr}`);
      }
    });
    // Client went away (or close() dropped it) before the response was complete: stop the backend.
    res.on('close', () => {
      if (!res.writableFinished) killGroup(child);
    });
  }

  const server = createServer((req, res) => {
    // Only a bug in this file lands here; answer rather than leave the client hanging.
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent && !res.destroyed) {
        res.writeHead(500, { 'Content-Type': 'text/plain' });
        res.end(`git test server error: ${redact(String(e))}\n`);
      }
    });
  });

  await new Promise<void>((res, rej) => {
    server.once('error', rej);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', rej);
      res();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const baseUrl = `http://127.0.0.1:${port}`;

  return {
    port,
    baseUrl,
    url: (name) => `${baseUrl}/${name}.git`,
    requests,
    counts,
    get peakBackends() {
      return peak;
    },
    get activeBackends() {
      return children.size;
    },
    failNext(kind, status, times = 1, o = {}) {
      fails.push({ kind, status, left: times, at: o.at ?? 'rpc' });
    },
    beforeReceivePack(hook, o = {}) {
      hooks.push({ hook, at: o.at ?? 'advertisement', left: o.times ?? 1 });
    },
    authEnv(o = {}) {
      const t = o.token ?? token;
      const header = o.scheme === 'bearer' ? `Authorization: Bearer ${t}` : basicAuthHeader(o.username ?? username, t);
      return extraHeaderEnv(`${baseUrl}/`, header);
    },
    reset() {
      requests.length = 0;
      counts['receive-pack'] = 0;
      counts['upload-pack'] = 0;
      peak = children.size;
      fails = [];
      hooks = [];
    },
    async close() {
      if (closed) return;
      closed = true;
      const exits = [...children].map(
        (c) => new Promise<void>((r) => {
          c.once('close', () => r());
          killGroup(c);
        }),
      );
      const stopped = new Promise<void>((r) => server.close(() => r()));
      // close() alone waits for keep-alive and in-flight connections; drop them.
      server.closeAllConnections();
      await Promise.all([stopped, ...exits]);
    },
  };
}
