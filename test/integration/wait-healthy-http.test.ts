// wait-healthy's http check: the built CLI under Node 24 against loopback servers that flap, hang, answer the old
// version, redirect, serve invalid JSON, present bad certificates, or are hostile (workflow commands and HTML in
// what they answer, redirects to another origin that collect headers).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCliBundle, type CliRun } from './helpers/action-runner.js';
import { json, makeCerts, serve, type Certs, type Served } from './helpers/health-doubles.js';

let dir: string;
let certs: Certs;
const servers: Served[] = [];
const up = async (...a: Parameters<typeof serve>): Promise<Served> => {
  const s = await serve(...a);
  servers.push(s);
  return s;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gitops-promote-wh-http-'));
  certs = makeCerts();
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  certs?.cleanup();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Lines the runner would run as workflow commands (actions/runner: `::` after leading blanks, `##[` anywhere). */
const commandLines = (text: string): string[] => text.split(/\r\n|\r|\n/).filter((l) => /^\s*::[a-z-]+/i.test(l) || /##\[[a-z-]+/i.test(l));

const wait = (args: string[], env: Record<string, string> = {}): Promise<CliRun> =>
  runCliBundle(['wait-healthy', '--env', 'prod', '--version', 'v1.2.3', '--interval', '200ms', '--json', ...args], dir, env);
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

describe('wait-healthy over HTTP', () => {
  it('rides out a flapping endpoint within failure-limit, and fails one that keeps flapping', async () => {
    let a = 0;
    const settles = await up((_q, res) => (++a === 2 ? json(res, 503, { error: 'warming up' }) : json(res, 200, { version: 'v1.2.3' })));
    let b = 0;
    const flaps = await up((_q, res) => (++b % 2 === 0 ? json(res, 503, { error: 'down' }) : json(res, 200, { version: 'v1.2.3' })));
    const [ok, bad] = await Promise.all([
      wait(['--url', `${settles.url}/api/version`, '--failure-limit', '1', '--success-threshold', '3', '--timeout', '10s']),
      wait(['--url', `${flaps.url}/api/version`, '--failure-limit', '1', '--success-threshold', '3', '--timeout', '10s']),
    ]);
    expect(ok.code).toBe(0);
    expect(out(ok)).toMatchObject({ healthy: true, observedVersion: 'v1.2.3' });
    expect(ok.stderr).toContain(`sample 2: failed: ${settles.url}/api/version: status 503, expected 200 (0/3 passes, 1 failure of 1 allowed,`);
    expect(bad.code).toBe(1);
    expect(out(bad).reason).toBe(`unhealthy: 2 failed samples, more than failure-limit 1; last: ${flaps.url}/api/version: status 503, expected 200`);
  });

  it('times out a hanging request at the request timeout, and the whole run at its deadline with the last evidence', async () => {
    const hangs = await up(() => { /* never answers */ });
    const old = await up((_q, res) => json(res, 200, { version: 'v1.2.2', commit: 'abc' }));
    const [hung, stale] = await Promise.all([
      wait(['--url', `${hangs.url}/api/version`, '--request-timeout', '300ms', '--failure-limit', '0', '--timeout', '20s']),
      // 6 s: long enough for a first answer on a busy machine, which this run needs for its evidence.
      wait(['--url', `${old.url}/api/version`, '--timeout', '6s']),
    ]);
    expect(hung.code).toBe(1);
    expect(out(hung).reason).toBe(`unhealthy: 1 failed sample, more than failure-limit 0; last: ${hangs.url}/api/version: no response within 300ms (127.0.0.1:${hangs.port})`);
    // Cut at the request timeout: one request, one sample, and the verdict came before the run's 20 s deadline.
    expect(out(hung).samples).toMatchObject({ timedOut: false, samples: 1 });
    expect(hangs.requests).toHaveLength(1);
    expect(stale.code).toBe(1);
    const s = out(stale);
    expect(s).toMatchObject({ verdict: 'unhealthy', healthy: false, observedVersion: 'v1.2.2', samples: { timedOut: true } });
    expect(s.reason).toBe(`unhealthy: timed out after 6s with 0/3 consecutive passes; last: ${old.url}/api/version: status 200, version v1.2.2, expected v1.2.3`);
    expect(stale.stderr).toContain(`waiting for ${old.url}/api/version to report v1.2.3 (now v1.2.2) (0/3 passes, 0 failures of 2 allowed,`);
    // One request per sample, never a burst: samples at least 180 ms apart (200 ms, jittered by 10%) fit at most
    // 34 times into 6 s, however slow the machine is.
    expect(old.requests).toHaveLength(s.samples.samples);
    expect(s.samples.samples).toBeGreaterThanOrEqual(1);
    expect(s.samples.samples).toBeLessThanOrEqual(34);
  });

  it('follows redirects (bounded), reads a nested version field, and reports invalid JSON plainly', async () => {
    const target = await up((q, res) => {
      if (q.url === '/old') return (res.writeHead(302, { location: '/mid' }), res.end());
      if (q.url === '/mid') return (res.writeHead(301, { location: `http://127.0.0.1:${(q.socket.localPort as number)}/api/version` }), res.end());
      if (q.url === '/loop') return (res.writeHead(307, { location: '/loop' }), res.end());
      if (q.url === '/html') return (res.writeHead(200, { 'content-type': 'text/html' }), res.end('<html>maintenance</html>'));
      json(res, 200, { build: { version: 'v1.2.3' }, status: 'ok' });
    });
    const [redirected, loop, html] = await Promise.all([
      wait(['--url', `${target.url}/old`, '--version-field', 'build.version', '--body-match', '"status":"ok"', '--success-threshold', '1', '--timeout', '5s']),
      wait(['--url', `${target.url}/loop`, '--failure-limit', '0', '--timeout', '5s']),
      wait(['--url', `${target.url}/html`, '--failure-limit', '0', '--timeout', '5s']),
    ]);
    expect(redirected.code).toBe(0);
    expect(redirected.stderr).toContain('all 1 target pass');
    const summaryLine = out(redirected);
    expect(summaryLine.observedVersion).toBe('v1.2.3');
    expect(loop.code).toBe(1);
    expect(out(loop).reason).toMatch(/: more than 5 redirects \(the last to 127\.0\.0\.1:\d+\)$/);
    expect(html.code).toBe(1);
    expect(out(html).reason).toMatch(/: status 200, but the body is not JSON \(.*\); expected a JSON object with version$/);
  });

  it('reports TLS problems plainly: self-signed, expired; trusts a private CA through NODE_EXTRA_CA_CERTS', async () => {
    const handler = (_q: unknown, res: import('node:http').ServerResponse): void => json(res, 200, { version: 'v1.2.3' });
    const self = await up(handler, { key: certs.selfKey, cert: certs.selfCert });
    const expired = await up(handler, { key: certs.expiredKey, cert: certs.expiredCert });
    const good = await up(handler, { key: certs.key, cert: certs.cert });
    const ca = { NODE_EXTRA_CA_CERTS: certs.ca };
    const [s, e, g, untrusted] = await Promise.all([
      wait(['--url', `${self.url}/api/version`, '--failure-limit', '0', '--timeout', '5s'], ca),
      wait(['--url', `${expired.url}/api/version`, '--failure-limit', '0', '--timeout', '5s'], ca),
      wait(['--url', `${good.url}/api/version`, '--success-threshold', '1', '--timeout', '5s'], ca),
      wait(['--url', `${good.url}/api/version`, '--failure-limit', '0', '--timeout', '5s']),
    ]);
    expect(out(s).reason).toBe(`unhealthy: 1 failed sample, more than failure-limit 0; last: ${self.url}/api/version: TLS: self-signed certificate (not trusted; for a private CA set NODE_EXTRA_CA_CERTS) (127.0.0.1:${self.port})`);
    expect(out(e).reason).toBe(`unhealthy: 1 failed sample, more than failure-limit 0; last: ${expired.url}/api/version: TLS: certificate has expired (127.0.0.1:${expired.port})`);
    expect(g.code).toBe(0);
    expect(out(untrusted).reason).toMatch(/TLS: unable to verify the certificate \(unknown issuer/);
  });

  it('sends header values from the environment, never prints them, and drops every header on a redirect to another origin', async () => {
    const secret = 's3cret-api-key-9f8e7d';
    const tenant = 'tenant-4f2a';
    const other = await up((q, res) => (q.url === '/back' ? (res.writeHead(302, { location: `${guarded.url}/api/version` }), res.end()) : json(res, 200, { version: 'v1.2.3' })));
    const guarded: Served = await up((q, res) => {
      if (q.url === '/away') return (res.writeHead(302, { location: `${other.url}/api/version` }), res.end());
      if (q.url === '/round-trip') return (res.writeHead(302, { location: `${other.url}/back` }), res.end());
      if (q.headers['x-api-key'] !== secret) return json(res, 401, { error: 'no key' });
      json(res, 200, { version: 'v1.2.3' });
    });
    const headers = ['--header', 'X-Api-Key: ${API_KEY}', '--header', `X-Scope-OrgID: ${tenant}`, '--header', 'Authorization: Bearer ${API_KEY}'];
    const [ok, away, back, wrong] = await Promise.all([
      wait(['--url', `${guarded.url}/api/version`, ...headers, '--success-threshold', '1', '--timeout', '5s'], { API_KEY: secret }),
      wait(['--url', `${guarded.url}/away`, ...headers, '--success-threshold', '1', '--timeout', '5s'], { API_KEY: secret }),
      wait(['--url', `${guarded.url}/round-trip`, ...headers, '--failure-limit', '0', '--timeout', '5s'], { API_KEY: secret }),
      wait(['--url', `${guarded.url}/api/version`, '--header', 'X-Api-Key: ${API_KEY}', '--failure-limit', '0', '--timeout', '5s'], { API_KEY: 'wrong-key-123' }),
    ]);
    expect(ok.code).toBe(0);
    expect(away.code).toBe(0);
    // After a detour through another origin the headers stay dropped, even back at the first origin.
    expect([back.code, out(back).reason]).toEqual([1, expect.stringMatching(/round-trip: status 401 \(after 2 redirects\), expected 200$/)]);
    expect(wrong.code).toBe(1);
    expect(out(wrong).reason).toMatch(/status 401, expected 200$/);
    for (const r of [ok, away, back, wrong]) {
      expect(r.stdout + r.stderr).not.toContain(secret);
      expect(r.stdout + r.stderr).not.toContain('wrong-key-123');
    }
    expect(guarded.requests.some((q) => q.headers['x-api-key'] === secret && q.headers['x-scope-orgid'] === tenant)).toBe(true);
    expect(other.requests.length).toBeGreaterThan(0);
    for (const q of other.requests) expect([q.headers.authorization, q.headers['x-api-key'], q.headers['x-scope-orgid']]).toEqual([undefined, undefined, undefined]);
  });

  it('keeps what a hostile endpoint answers inert: no workflow command reaches a line start, on stderr or stdout', async () => {
    const evil = await up((q, res) => json(res, 200, {
      version: q.url === '/nl' ? 'v6.6.6\n::warning::deploy approved\n::set-output name=healthy::true\r\n  ::add-mask::x' : '##[error]x\u001b[2J\u2028::error::y<img src=x onerror=alert(1)>',
    }));
    const [nl, other] = await Promise.all([
      // 3 s: room for a first answer on a busy machine; what it said is what this test reads.
      wait(['--url', `${evil.url}/nl`, '--timeout', '3s']),
      wait(['--url', `${evil.url}/other`, '--timeout', '3s', '--summary', join(dir, 'evil.md')]),
    ]);
    for (const r of [nl, other]) {
      expect(r.code).toBe(1);
      expect(commandLines(r.stdout)).toEqual([]);
      expect(commandLines(r.stderr)).toEqual([]);
    }
    expect(nl.stderr).toContain(`waiting for ${evil.url}/nl to report v1.2.3 (now v6.6.6 ::warning::deploy approved ::set-output name=healthy::true ::add-mask::x)`);
    expect(other.stderr).toContain('(now #\\x23[error]x\\x1b[2J ::error::y<img src=x onerror=alert(1)>)');
    const md = readFileSync(join(dir, 'evil.md'), 'utf8');
    expect(md).toContain('::error::y&lt;img src=x onerror=alert(1)&gt;');
    expect(md).not.toContain('<img');
  });

  it('says so when a check has nothing to verify: a URL with no version to expect passes on any 200', async () => {
    const anything = await up((_q, res) => json(res, 200, { version: 'v0.0.1-old' }));
    const r = await runCliBundle(['wait-healthy', '--env', 'prod', '--url', `${anything.url}/healthz`, '--interval', '200ms',
      '--success-threshold', '1', '--timeout', '5s'], dir);
    expect(r.code).toBe(0);
    expect(r.err).toContain(`warning: the http check of ${anything.url}/healthz verifies only the status (200): there is no version `
      + 'to expect (version or expect-version) and no body-match');
  });

  it('refuses bad options with one error line before any request', async () => {
    const [noEnv, badUrl, badDur, missing] = await Promise.all([
      runCliBundle(['wait-healthy', '--url', 'http://127.0.0.1:1/'], dir),
      wait(['--url', 'ftp://example.com/x']),
      wait(['--url', 'http://127.0.0.1:1/', '--interval', '5']),
      wait(['--url', 'http://127.0.0.1:1/', '--header', 'X-Key: ${NOT_SET_ANYWHERE}']),
    ]);
    expect(noEnv.code).toBe(2);
    expect(noEnv.err[0]).toMatch(/^error: wait-healthy needs --env ENV; usage: gitops-promote wait-healthy/);
    expect([badUrl.code, badUrl.err]).toEqual([2, ['error: --url "ftp://example.com/x" is not an http(s) URL; expected http:// or https://']]);
    expect(badDur.err).toEqual(['error: --interval "5" is not a duration (at "5"); expected a duration such as 500ms, 5s, 10m, 1h30m or 7d']);
    expect(missing.err).toEqual(['error: header X-Key: the environment variable NOT_SET_ANYWHERE is not set; expected it to hold the secret']);
  });
});
