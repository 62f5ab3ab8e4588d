// HttpPort on node:http and node:https: keep-alive agents, one deadline for the whole request (redirects included),
// redirects followed up to a bound (every configured header dropped when the origin changes), a cap on body size,
// and errors in plain words ("TLS: certificate has expired", "connection refused", "no response within 5s").
// A private CA is trusted the Node way: NODE_EXTRA_CA_CERTS=/path/ca.pem.
import http from 'node:http';
import https from 'node:https';
import type { HttpPort, HttpRequest, HttpResponse } from '../core/ports.js';
import { formatDuration } from '../core/durations.js';

const MAX_BODY = 8 * 1024 * 1024;

const TLS: Record<string, string> = {
  CERT_HAS_EXPIRED: 'certificate has expired',
  CERT_NOT_YET_VALID: 'certificate is not yet valid',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed certificate (not trusted; for a private CA set NODE_EXTRA_CA_CERTS)',
  SELF_SIGNED_CERT_IN_CHAIN:
    'self-signed certificate in the certificate chain (not trusted; for a private CA set NODE_EXTRA_CA_CERTS)',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'unable to verify the certificate (unknown issuer or incomplete chain)',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'unable to verify the certificate (unknown issuer)',
  UNABLE_TO_GET_ISSUER_CERT: 'unable to verify the certificate (unknown issuer)',
  CERT_REVOKED: 'certificate has been revoked',
  CERT_SIGNATURE_FAILURE: 'certificate signature failure',
  ERR_SSL_WRONG_VERSION_NUMBER: 'TLS handshake failed (is the server speaking https?)',
};

/** An error of node:http(s) in plain words. */
export function describeHttpError(e: NodeJS.ErrnoException, url: URL): string {
  const code = e.code ?? '';
  const host = url.host;
  if (TLS[code]) return `TLS: ${TLS[code]} (${host})`;
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') return `TLS: the certificate is not valid for ${url.hostname}`;
  if (code.startsWith('ERR_SSL') || code === 'EPROTO') {
    return `TLS: handshake with ${host} failed (${e.message.split('\n')[0]})`;
  }
  switch (code) {
    case 'ECONNREFUSED': return `connection refused (${host})`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN': return `host not found: ${url.hostname}`;
    case 'ECONNRESET': return `connection reset by ${host}`;
    case 'EHOSTUNREACH':
    case 'ENETUNREACH': return `${host} is unreachable`;
    case 'EPIPE': return `connection to ${host} closed while sending`;
  }
  return e.message || String(e);
}

class HttpFailure extends Error {}

export interface NodeHttpOptions {
  maxBodyBytes?: number;
  /** Sockets per origin (default 64). */
  maxSockets?: number;
  userAgent?: string;
}

export function nodeHttp(o: NodeHttpOptions = {}): HttpPort & { close(): void } {
  const maxBody = o.maxBodyBytes ?? MAX_BODY;
  const agents = {
    'http:': new http.Agent({ keepAlive: true, maxSockets: o.maxSockets ?? 64 }),
    'https:': new https.Agent({ keepAlive: true, maxSockets: o.maxSockets ?? 64 }),
  };
  const ua = o.userAgent ?? 'gitops-promote wait-healthy';

  /** One response, before any redirect is followed. */
  type Hop = { status: number; headers: Record<string, string>; body: string };
  const once = (url: URL, headers: Record<string, string>, deadline: number, timeoutMs: number): Promise<Hop> =>
    new Promise((resolve, reject) => {
      const mod = url.protocol === 'https:' ? https : http;
      const agent = url.protocol === 'https:' ? agents['https:'] : agents['http:'];
      let done = false;
      const finish = (err: Error | undefined, value?: Hop): void => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        if (err) reject(err);
        else resolve(value as Hop);
      };
      const req = mod.request(url, {
        method: 'GET', agent, headers: { 'user-agent': ua, accept: 'application/json, */*', ...headers },
      }, (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (b: Buffer) => {
          size += b.length;
          if (size > maxBody) {
            req.destroy(new HttpFailure(`the response body is larger than ${Math.round(maxBody / 1024 / 1024)} MiB`));
            return;
          }
          chunks.push(b);
        });
        res.on('end', () => {
          const h: Record<string, string> = {};
          for (const [k, v] of Object.entries(res.headers)) {
            if (v !== undefined) h[k] = Array.isArray(v) ? v.join(', ') : v;
          }
          finish(undefined, { status: res.statusCode ?? 0, headers: h, body: Buffer.concat(chunks).toString('utf8') });
        });
        res.on('error', (e) => finish(e instanceof HttpFailure ? e : new HttpFailure(describeHttpError(e, url))));
      });
      const timer = setTimeout(
        () => req.destroy(new HttpFailure(`no response within ${formatDuration(timeoutMs)} (${url.host})`)),
        Math.max(1, deadline - Date.now()),
      );
      req.on('error', (e: NodeJS.ErrnoException) =>
        finish(e instanceof HttpFailure ? e : new HttpFailure(describeHttpError(e, url))));
      req.end();
    });

  return {
    async get(r: HttpRequest): Promise<HttpResponse> {
      const deadline = Date.now() + r.timeoutMs;
      const max = r.maxRedirects ?? 5;
      let url = new URL(r.url);
      const origin = url.origin;
      let headers = { ...r.headers };
      for (let redirects = 0; ; redirects++) {
        const res = await once(url, headers, deadline, r.timeoutMs);
        const location = res.headers.location;
        if (![301, 302, 303, 307, 308].includes(res.status) || !location) {
          return { ...res, url: url.toString(), redirects };
        }
        if (redirects >= max) {
          throw new HttpFailure(`more than ${max} redirects (the last to ${new URL(location, url).host})`);
        }
        const next = new URL(location, url);
        if (next.protocol !== 'http:' && next.protocol !== 'https:') {
          throw new HttpFailure(`redirected to a ${next.protocol} URL; expected http(s)`);
        }
        // Any configured header may be a secret (X-Api-Key, X-Scope-OrgID, not only Authorization): none of them
        // goes to an origin it was not given for, and none comes back after a detour through another origin.
        if (next.origin !== origin) headers = {};
        url = next;
      }
    },
    close(): void {
      agents['http:'].destroy();
      agents['https:'].destroy();
    },
  };
}
