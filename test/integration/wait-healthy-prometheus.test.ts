// wait-healthy's prometheus check against a real Prometheus (Debian's package, installed by
// scripts/install-test-deps.sh when missing) scraping a loopback app every second. The built CLI runs under Node 24.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCliBundle, type CliRun } from './helpers/action-runner.js';
import { REPO_ROOT } from './helpers/cli.js';
import { freePort, metricsApp, startPrometheus, type PrometheusRun, type Served } from './helpers/health-doubles.js';

let prom: PrometheusRun;
let app: Served & { stopTicking(): void };
let dir: string;

const ratio = (scenario: string): string =>
  `sum(rate(http_requests_total{scenario="${scenario}",code="200"}[3s])) / sum(rate(http_requests_total{scenario="${scenario}"}[3s]))`;

function query(q: string): Promise<{ data?: { result?: { value?: [number, string] }[] } }> {
  return new Promise((resolve, reject) => {
    http.get(`${prom.url}/api/v1/query?query=${encodeURIComponent(q)}`, (res) => {
      let body = '';
      res.on('data', (b: Buffer) => { body += b.toString(); });
      res.on('end', () => resolve(JSON.parse(body) as { data?: { result?: { value?: [number, string] }[] } }));
    }).on('error', reject);
  });
}

beforeAll(async () => {
  const install = spawnSync('bash', [join(REPO_ROOT, 'scripts', 'install-test-deps.sh')], { encoding: 'utf8', timeout: 300_000 });
  if (install.status !== 0) throw new Error(`scripts/install-test-deps.sh failed (exit ${install.status}): ${install.stdout}${install.stderr}`);
  dir = mkdtempSync(join(tmpdir(), 'gitops-promote-wh-prom-'));
  app = await metricsApp({ good: { ok: 100, errors: 1 }, bad: { ok: 50, errors: 50 }, idle: { ok: 0, errors: 0 } });
  prom = await startPrometheus([`127.0.0.1:${app.port}`], await freePort());
  // Wait until rate() over the last 3 s has data (two scrapes at least).
  const until = Date.now() + 20_000;
  for (;;) {
    const r = await query(ratio('good'));
    const v = r.data?.result?.[0]?.value?.[1];
    if (v !== undefined && Number(v) > 0) break;
    if (Date.now() > until) throw new Error(`prometheus has no data after 20 s: ${prom.log()}`);
    await new Promise((res) => setTimeout(res, 250));
  }
}, 360_000);

afterAll(async () => {
  app?.stopTicking();
  await prom?.stop();
  await app?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const run = (scenario: string, extra: string[], q = ratio(scenario)): Promise<CliRun> =>
  runCliBundle(['wait-healthy', '--env', 'prod', '--prometheus', prom.url, '--query', q, '--interval', '500ms', '--json', '--summary', join(dir, `${scenario}.md`), ...extra], dir);

interface Out { healthy: boolean; outcome: string; reason: string; samples: { list: { verdict: string; checks: Record<string, { verdict: string; value?: number | string; detail: string }> }[] } }
const parse = (r: CliRun): Out => JSON.parse(r.stdout) as Out;

describe('wait-healthy against a real Prometheus', () => {
  it('passes, fails after failure-limit, is inconclusive on no data and on NaN (0/0), and stops on a bad query', async () => {
    const cond = ['--success-condition', 'result >= 0.95', '--failure-condition', 'result < 0.9'];
    const [good, bad, none, idle, broken] = await Promise.all([
      run('good', [...cond, '--success-threshold', '3', '--timeout', '20s']),
      run('bad', [...cond, '--failure-limit', '1', '--timeout', '20s']),
      run('absent', [...cond, '--inconclusive-limit', '2', '--timeout', '20s']),
      run('idle', [...cond, '--timeout', '3s']),
      run('broken', [...cond, '--timeout', '20s'], 'sum(rate(http_requests_total[3s]'),
    ]);

    // Healthy: the error ratio is about 1%, success ratio 0.99.
    expect(good.code).toBe(0);
    const g = parse(good);
    expect(g.reason).toMatch(/^healthy: 3 consecutive samples/);
    const values = g.samples.list.map((s) => Object.values(s.checks)[0]?.value as number);
    for (const v of values) expect(v).toBeGreaterThan(0.95);
    expect(readFileSync(join(dir, 'good.md'), 'utf8')).toMatch(/metric: `[▁▂▃▄▅▆▇█]{3,}`/);
    expect(good.stderr).toMatch(/sample 1: all 1 target pass \(1\/3 passes, 0 failures of 2 allowed, (20|1\d)s left\)/);

    // Unhealthy after failure-limit: 2 failed samples with the ratio at 0.5.
    expect(bad.code).toBe(1);
    const b = parse(bad);
    expect(b.outcome).toBe('unhealthy');
    expect(b.reason).toMatch(/^unhealthy: 2 failed samples, more than failure-limit 1; last: prometheus sum\(rate.*: result 0\.[45]\d*: failure condition result < 0\.9 is true$/);

    // No series at all: inconclusive, never a pass; inconclusive-limit 2 ends it at the third.
    expect(none.code).toBe(1);
    const n = parse(none);
    expect(n.reason).toMatch(/^unhealthy: 3 inconclusive samples in a row, more than inconclusive-limit 2; last: .*: no data: the query returned no data$/);
    expect(n.samples.list.every((s) => s.verdict === 'inconclusive')).toBe(true);

    // No requests: the ratio is 0/0 = NaN, inconclusive until the timeout.
    expect(idle.code).toBe(1);
    const i = parse(idle);
    expect(i.outcome).toBe('timed-out');
    expect(i.reason).toMatch(/^timed out after 3s with 0\/3 consecutive passes; last: .*: result NaN: the value is NaN/);
    expect(i.samples.list.length).toBeGreaterThanOrEqual(3);
    expect(i.samples.list.every((s) => Object.values(s.checks)[0]?.value === 'NaN')).toBe(true);
    expect(readFileSync(join(dir, 'idle.md'), 'utf8')).toMatch(/metric: `·+`/);

    // A query Prometheus cannot parse does not get better by waiting.
    expect(broken.code).toBe(1);
    const k = parse(broken);
    expect(k.reason).toMatch(/^unhealthy: .*: prometheus: bad_data: invalid parameter "query": .*parse error/);
    expect(k.samples.list).toHaveLength(1);
    for (const r of [good, bad, none, idle, broken]) expect([r.signal, r.stderr.includes('Error:')]).toEqual([null, false]);
  }, 60_000);

  it('refuses an unparseable condition before any request, saying where', async () => {
    const r = await run('good', ['--success-condition', 'result >= 0.95 and (len(result) > 0']);
    expect(r.code).toBe(2);
    expect(r.err).toEqual(['error: --success-condition "result >= 0.95 and (len(result) > 0" is not a condition: expected ")" to close "(" at the end']);
    expect(r.stdout).toBe('');
  });
});
