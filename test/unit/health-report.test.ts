import { describe, expect, it } from '@jest/globals';
import type { Observation } from '../../src/core/health/observation.js';
import type { PollResult, SampleRecord } from '../../src/core/health/poll.js';
import { outputs, samplesJson, sparkline, summary } from '../../src/core/health/report.js';
import { mergeTiming, type HttpTarget } from '../../src/core/health/spec.js';

const t = (i: number): HttpTarget => ({ type: 'http', id: `https://svc-${i}.example.com/api/version`, check: 0, key: 'k', url: `https://svc-${i}.example.com/api/version`, headers: {}, expectStatus: [200] });

function result(targets: number, samples: number, obs: (s: number, i: number) => Observation, outcome: PollResult['outcome'] = 'healthy'): PollResult {
  const kept: SampleRecord[] = [];
  for (let s = 1; s <= samples; s++) {
    const o = Array.from({ length: targets }, (_, i) => obs(s, i));
    kept.push({ n: s, at: (s - 1) * 1000, verdict: o.some((x) => x.verdict !== 'pass') ? 'pending' : 'pass', obs: o });
  }
  return { outcome, timedOut: false, reason: `${outcome}: because`, kept, dropped: 0, last: kept[kept.length - 1], passes: 3, failures: 0, inconclusiveRun: 0, samples, elapsedMs: samples * 1000, leftMs: 0 };
}

describe('report', () => {
  it('draws a sparkline from min to max, NaN and missing as ·', () => {
    expect(sparkline([0, 1, 2, 3, 4, 5, 6, 7])).toBe('▁▂▃▄▅▆▇█');
    expect(sparkline([0.9, Number.NaN, undefined, 1])).toBe('▁··█');
    expect(sparkline([5, 5])).toBe('▄▄');
    expect(sparkline([Infinity, 0, 1])).toBe('█▁█');
  });

  it('outputs healthy, reason, observed versions and bounded samples JSON', () => {
    const targets = [t(0), t(1)];
    const r = result(2, 3, (s, i) => ({ verdict: 'pass', detail: 'status 200, version v1.2.3', version: i ? 'v1.2.3' : '1.2.3' }));
    const o = outputs({ env: 'prod', targets, timing: mergeTiming(), result: r, startedAt: new Date('2026-11-23T10:00:00Z') });
    expect(o.verdict).toBe('healthy');
    expect(o.healthy).toBe('true');
    expect(o.reason).toBe('healthy: because');
    expect(o['observed-version']).toBe('1.2.3, v1.2.3');
    const j = JSON.parse(o.samples as string) as { samples: number; list: { n: number; checks: Record<string, { verdict: string }> }[] };
    expect(j.samples).toBe(3);
    expect(j.list.map((s) => s.n)).toEqual([1, 2, 3]);
    expect(Object.keys(j.list[0]?.checks ?? {})).toEqual(targets.map((x) => x.id));
  });

  it('keeps the samples JSON under its limit for 600 targets and many samples, newest kept', () => {
    const targets = Array.from({ length: 600 }, (_, i) => t(i));
    const r = result(600, 60, (s, i) => (i % 7 === 0 ? { verdict: 'pending', detail: `status 200, version v1.2.2, expected v1.2.3 (sample ${s})` } : { verdict: 'pass', detail: 'status 200' }));
    const text = samplesJson(targets, r, 60_000);
    expect(text.length).toBeLessThanOrEqual(60_000);
    const j = JSON.parse(text) as { shown: number; list: { n: number; more?: number }[] };
    expect(j.shown).toBeGreaterThan(0);
    expect(j.list[j.list.length - 1]?.n).toBe(60);
    expect(j.list[0]?.more).toBeGreaterThan(0);
  });

  it('writes a timeline per target with time, value and verdict, and a sparkline for metrics', () => {
    const targets = [t(0)];
    const r = result(1, 4, (s) => ({ verdict: s < 3 ? 'inconclusive' : 'pass', detail: s === 1 ? 'no data' : `result ${s / 4}`, value: s === 1 ? undefined : s / 4 }), 'healthy');
    const md = summary({ env: 'prod', app: 'web', version: 'v1.2.3', targets, timing: mergeTiming(), result: r, startedAt: new Date('2026-11-23T10:00:00Z') });
    expect(md).toContain('### wait-healthy: web in prod ✅ healthy');
    expect(md).toContain('metric: `·▁▅█`');
    expect(md).toContain('| 10:00:00 | no data | ❔ inconclusive |');
    expect(md).toContain('| 10:00:03 | result 1 | ✅ pass |');
    expect(md).toContain('success-threshold 3, failure-limit 2, inconclusive-limit none');
  });

  it('bounds the summary for many targets: timelines for 20, one row for the others', () => {
    const targets = Array.from({ length: 600 }, (_, i) => t(i));
    const r = result(600, 60, () => ({ verdict: 'pass', detail: 'status 200' }));
    const md = summary({ env: 'prod', targets, timing: mergeTiming(), result: r, startedAt: new Date() });
    expect(md.match(/^#### /gm)).toHaveLength(21);
    expect(md).toContain('580 more targets (last sample)');
    expect(md).toContain('_30 earlier samples not shown._');
    expect(md.length).toBeLessThan(200_000);
  });

  it('says the verdict: healthy is true only for healthy; unknown is not unhealthy', () => {
    const targets = [t(0)];
    for (const [outcome, healthy, head] of [['unhealthy', 'false', '❌ unhealthy'], ['unknown', 'false', '❔ unknown (no verdict)']] as const) {
      const r = { ...result(1, 1, () => ({ verdict: 'error', detail: 'application web not found or not permitted (status 403)' }), outcome), timedOut: false };
      const o = outputs({ env: 'prod', targets, timing: mergeTiming(), result: r, startedAt: new Date() });
      expect([o.verdict, o.healthy]).toEqual([outcome, healthy]);
      expect(summary({ env: 'prod', targets, timing: mergeTiming(), result: r, startedAt: new Date() })).toContain(`### wait-healthy: prod ${head}\n`);
    }
    const late = { ...result(1, 1, () => ({ verdict: 'pending', detail: 'x' }), 'unhealthy'), timedOut: true };
    expect(summary({ env: 'prod', targets, timing: mergeTiming(), result: late, startedAt: new Date() })).toContain('❌ unhealthy ⏱️ timed out');
  });

  it('escapes HTML and Markdown from endpoints in every cell of the summary', () => {
    const targets = [t(0)];
    const hostile = 'status 200, version <img src=x onerror=alert(1)> | ![pixel](https://evil.example/p.png) `code`';
    const r = result(1, 1, () => ({ verdict: 'pending', detail: hostile }), 'unhealthy');
    r.reason = `unhealthy: timed out; last: ${hostile}`;
    const md = summary({ env: 'prod', targets, timing: mergeTiming(), result: r, startedAt: new Date('2026-11-23T10:00:00Z') });
    expect(md).not.toContain('<img');
    expect(md).not.toContain('![pixel]');
    expect(md).toContain('| 10:00:00 | status 200, version &lt;img src=x onerror=alert(1)&gt; &#124; !&#91;pixel&#93;(https://evil.example/p.png) &#96;code&#96; | ⏳ pending |');
    expect(md).toContain('unhealthy: timed out; last: status 200, version &lt;img');
  });
});
