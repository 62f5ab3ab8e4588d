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
  // Wait until rate() over the last 3 s has data (two scrapes at least); the limit only guards against a hang.
  const until = Date.now() + 90_000;
  for (;;) {
    const r = await query(ratio('good'));
    const v = r.data?.result?.[0]?.value?.[1];
    if (v !== undefined && Number(v) > 0) break;
    if (Date.now() > until) throw new Error(`prometheus has no data after 90 s: ${prom.log()}`);
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

interface Check { verdict: string; value?: number | string; detail: string }
interface Out { verdict: string; healthy: boolean; reason: string; samples: { outcome: string; timedOut: boolean; list: { verdict: string; checks: Record<string, Check> }[] } }
const parse = (r: CliRun): Out => JSON.parse(r.stdout) as Out;
const firstCheck = (o: Out, i = 0): Check => Object.values(o.samples.list[i]?.checks ?? {})[0] as Check;

describe('wait-healthy against a real Prometheus', () => {
  it('passes, fails after failure-limit, is inconclusive on no data and on NaN (0/0), and stops on a bad query', async () => {
    const cond = ['--success-condition', 'result >= 0.95', '--failure-condition', 'result < 0.9'];
    const [good, bad, none, idle, broken] = await Promise.all([
      run('good', [...cond, '--success-threshold', '3', '--timeout', '20s']),
      run('bad', [...cond, '--failure-limit', '1', '--timeout', '20s']),
      run('absent', [...cond, '--inconclusive-limit', '2', '--timeout', '20s']),
      run('idle', [...cond, '--timeout', '5s']), // 5 s: room for queries when busy
      run('broken', [...cond, '--timeout', '20s'], 'sum(rate(http_requests_total[3s]'),
    ]);

    // Healthy: the error ratio is about 1%, success ratio 0.99.
    expect(good.code).toBe(0);
    const g = parse(good);
    expect([g.verdict, g.healthy]).toEqual(['healthy', true]);
    expect(g.reason).toMatch(/^healthy: 3 consecutive samples/);
    const values = g.samples.list.map((s) => Object.values(s.checks)[0]?.value as number);
    for (const v of values) expect(v).toBeGreaterThan(0.95);
    expect(readFileSync(join(dir, 'good.md'), 'utf8')).toMatch(/metric: `[▁▂▃▄▅▆▇█]{3,}`/);
    expect(good.stderr).toMatch(/sample 1: all 1 target pass \(1\/3 passes, 0 failures of 2 allowed, (20|1\d)s left\)/);

    // Unhealthy after failure-limit: 2 failed samples with the ratio at 0.5.
    expect(bad.code).toBe(1);
    const b = parse(bad);
    expect(b.verdict).toBe('unhealthy');
    expect(b.reason).toMatch(/^unhealthy: 2 failed samples, more than failure-limit 1; last: prometheus sum\(rate.*: result 0\.[45]\d*: failure condition result < 0\.9 is true$/);

    // No series at all: result >= 0.95 cannot be evaluated (Argo Rollouts: Error), and a later sample may have
    // data, so it is inconclusive; inconclusive-limit 2 ends it at the third: no verdict, exit 3.
    expect(none.code).toBe(3);
    const n = parse(none);
    expect(n.verdict).toBe('unknown');
    expect(n.reason).toMatch(/^unknown: 3 inconclusive samples in a row, more than inconclusive-limit 2; last: .*: no data: could not evaluate success condition result >= 0\.95: result is empty where a number is needed/);
    expect(n.samples.list.every((s) => s.verdict === 'inconclusive')).toBe(true);

    // No requests: the ratio is 0/0 = NaN; both conditions are false on NaN (as in Go), inconclusive until the timeout.
    expect(idle.code).toBe(3);
    const i = parse(idle);
    expect([i.verdict, i.samples.timedOut]).toEqual(['unknown', true]);
    expect(i.reason).toMatch(/^unknown: timed out after 5s with 0\/3 consecutive passes; last: .*: result NaN: neither the success nor the failure condition is true/);
    expect(i.samples.list.length).toBeGreaterThanOrEqual(3);
    expect(i.samples.list.every((s) => Object.values(s.checks)[0]?.value === 'NaN')).toBe(true);
    expect(readFileSync(join(dir, 'idle.md'), 'utf8')).toMatch(/metric: `·+`/);

    // A query Prometheus cannot parse does not get better by waiting: no verdict at once, nothing rolled back.
    expect(broken.code).toBe(3);
    const k = parse(broken);
    expect(k.reason).toMatch(/^unknown: .*: prometheus: bad_data: invalid parameter "query": .*parse error/);
    expect(k.samples.list).toHaveLength(1);
    for (const r of [good, bad, none, idle, broken]) expect([r.signal, r.stderr.includes('Error:')]).toEqual([null, false]);
  }, 60_000);

  it("judges Prometheus' vectors, scalars, matrices, no data and +Inf as Argo Rollouts does", async () => {
    // Error ratio per scenario: two series, about 0.0099 (good) and 0.5 (bad).
    const perScenario = 'sum by (scenario) (rate(http_requests_total{code="500",scenario=~"good|bad"}[3s]))'
      + ' / sum by (scenario) (rate(http_requests_total{scenario=~"good|bad"}[3s]))';
    const absentErrors = 'sum(rate(http_requests_total{scenario="absent",code="500"}[3s]))';
    const once = ['--success-threshold', '1', '--timeout', '15s'];
    const [every, many, emptyOk, dflt, nanOk, indexed, inf, infFails, matrix, field] = await Promise.all([
      run('every', ['--success-condition', 'all(result, # < 0.05)', '--failure-limit', '0', ...once], perScenario),
      run('many', ['--success-condition', 'result < 0.05', '--inconclusive-limit', '1', ...once], perScenario),
      run('empty-ok', ['--success-condition', 'len(result) == 0 || result[0] >= 0.95', ...once], absentErrors),
      run('default', ['--success-condition', 'default(result, 0) < 0.05', ...once], absentErrors),
      run('nan-ok', ['--success-condition', 'isNaN(result) || result >= 0.95', ...once], `scalar(${absentErrors})`),
      run('indexed', ['--success-condition', 'result[0] >= 0.95', ...once], 'scalar(vector(0.99))'),
      run('inf', ['--success-condition', 'result >= 0.95', ...once], '1/0'),
      run('inf-fails', ['--failure-condition', 'isInf(result)', '--failure-limit', '0', ...once], '1/0'),
      run('matrix', ['--success-condition', 'len(result) >= 2 && all(result, # > 0)', ...once], 'http_requests_total{scenario="good",code="200"}[3s]'),
      run('field', ['--success-condition', 'result.ok == true', ...once], ratio('good')),
    ]);

    // A vector is a list: all() sees both series and the bad one fails it.
    expect([every.code, parse(every).verdict]).toEqual([1, 'unhealthy']);
    // Prometheus orders the series as it likes.
    const both = /^result \[(0\.0\d+, 0\.5\d*|0\.5\d*, 0\.0\d+)\] \(2 samples\): success condition all\(result, # < 0\.05\) is false$/;
    expect(firstCheck(parse(every)).detail).toMatch(both);
    // A comparison of the whole list with a number only means something for one sample: say what to write instead.
    expect([many.code, parse(many).verdict]).toEqual([3, 'unknown']);
    expect(many.stderr).toContain('result holds 2 samples where one number is needed; write all(result, # >= …) for every sample, or result[0] for the first');
    // Argo Rollouts' documented empty-result and NaN examples, and default() for no data, pass on the first sample.
    for (const r of [emptyOk, dflt, nanOk]) expect([r.code, parse(r).verdict, parse(r).samples.list.length]).toEqual([0, 'healthy', 1]);
    expect(firstCheck(parse(emptyOk)).detail).toBe('no data: success condition len(result) == 0 || result[0] >= 0.95 is true');
    expect(firstCheck(parse(nanOk)).detail).toBe('result NaN: success condition isNaN(result) || result >= 0.95 is true');
    // A scalar is a number: indexing it can never work, so no verdict at once, with what to write.
    expect([indexed.code, parse(indexed).samples.list.length]).toEqual([3, 1]);
    expect(parse(indexed).reason).toContain('result is a number (the query returned a scalar), it has no items; write result, not result[0]');
    // +Inf is above every threshold (Successful), and isInf() catches it (Failed).
    expect([inf.code, firstCheck(parse(inf)).detail]).toEqual([0, 'result +Inf: success condition result >= 0.95 is true']);
    expect([infFails.code, firstCheck(parse(infFails)).detail]).toEqual([1, 'result +Inf: failure condition isInf(result) is true']);
    // A range selector gives a matrix: every value of every series is in the list.
    expect([matrix.code, parse(matrix).verdict]).toEqual([0, 'healthy']);
    expect(firstCheck(parse(matrix)).detail).toMatch(/^result \[\d.* \(\d+ samples\): success condition/);
    // A web-metric condition on a Prometheus result: Argo Rollouts' Error, here no verdict at once.
    expect([field.code, parse(field).samples.list.length]).toEqual([3, 1]);
    expect(parse(field).reason).toContain('result.ok: a list of 1 sample has no fields');
    for (const r of [every, many, emptyOk, dflt, nanOk, indexed, inf, infFails, matrix, field]) {
      expect([r.signal, r.stderr.includes('Error:')]).toEqual([null, false]);
    }
  }, 60_000);

  it('refuses an unparseable condition before any request, saying where', async () => {
    const r = await run('good', ['--success-condition', 'result >= 0.95 and (len(result) > 0']);
    expect(r.code).toBe(2);
    expect(r.err).toEqual(['error: --success-condition "result >= 0.95 and (len(result) > 0" is not a condition: the condition ends too early; expected ")" to close "(" at the end']);
    expect(r.stdout).toBe('');
  });

  it('refuses syntax outside the language by name, with what to write instead', async () => {
    const r = await run('good', ['--success-condition', 'let x = result[0]; x >= 0.95']);
    expect(r.code).toBe(2);
    expect(r.err).toEqual(['error: --success-condition "let x = result[0]; x >= 0.95" is not a condition: variables (let) are not supported; write the expression where the variable is used at column 1 ("let x = resu")']);
  });
});
