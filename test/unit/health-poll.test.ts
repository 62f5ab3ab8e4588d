// The polling loop on a fake clock: time moves only when the loop sleeps or a probe takes time.
import { describe, expect, it } from '@jest/globals';
import type { Observation } from '../../src/core/health/observation.js';
import { poll, progressLine, type Clock, type SampleRecord } from '../../src/core/health/poll.js';
import { mergeTiming, type HttpTarget, type Target, type Timing } from '../../src/core/health/spec.js';

function fakeClock(randoms: number[] = [0.5]): Clock & { t: number; sleeps: number[] } {
  let i = 0;
  const c = {
    t: 1_000_000,
    sleeps: [] as number[],
    now: () => c.t,
    sleep: async (ms: number) => {
      c.sleeps.push(ms);
      c.t += Math.max(0, ms);
    },
    random: () => randoms[i++ % randoms.length] as number,
  };
  return c;
}

const target = (id: string): HttpTarget => ({ type: 'http', id, check: 0, key: 'checks[0]', url: `http://${id}/`, headers: {}, expectStatus: [200] });
const obs = (verdict: Observation['verdict'], detail: string = verdict, extra: Partial<Observation> = {}): Observation => ({ verdict, detail, ...extra });

/** A probe that plays a script of verdicts per target (the last one repeats), recording when it was called. */
function scripted(clock: { t: number }, scripts: Record<string, Observation[]>, takesMs = 0) {
  const calls: { id: string; t: number; timeoutMs: number }[] = [];
  const n: Record<string, number> = {};
  const probe = async (t: Target, timeoutMs: number): Promise<Observation> => {
    calls.push({ id: t.id, t: clock.t, timeoutMs });
    const list = scripts[t.id] as Observation[];
    const i = n[t.id] ?? 0;
    n[t.id] = i + 1;
    clock.t += takesMs;
    return list[Math.min(i, list.length - 1)] as Observation;
  };
  return { probe, calls };
}

const timing = (t: Partial<Timing>): Timing => mergeTiming({ intervalMs: 1000, timeoutMs: 60_000, successThreshold: 3, failureLimit: 2, requestTimeoutMs: 5000 }, t);

describe('poll', () => {
  it('is healthy after success-threshold consecutive passes of every target, and a pending sample resets the streak', async () => {
    const clock = fakeClock();
    const a = target('a');
    const b = target('b');
    const { probe, calls } = scripted(clock, {
      a: [obs('pass'), obs('pass'), obs('pending'), obs('pass')],
      b: [obs('pass')],
    });
    const r = await poll({ targets: [a, b], timing: timing({}), probe, clock });
    expect(r.outcome).toBe('healthy');
    expect(r.samples).toBe(6); // pass pass pending pass pass pass
    expect(r.passes).toBe(3);
    expect(r.failures).toBe(0);
    expect(r.reason).toMatch(/^healthy: 3 consecutive samples with every check passing \(2 targets\)/);
    expect(calls.filter((c) => c.id === 'a')).toHaveLength(6);
  });

  it('tolerates failure-limit failed samples and is unhealthy at the next one, with the evidence', async () => {
    const clock = fakeClock();
    const { probe } = scripted(clock, { a: [obs('fail', 'status 503, expected 200'), obs('pass'), obs('fail', 'status 502, expected 200'), obs('pass'), obs('fail', 'connection refused (a)')] });
    const r = await poll({ targets: [target('a')], timing: timing({ failureLimit: 2 }), probe, clock });
    expect(r.outcome).toBe('unhealthy');
    expect(r.failures).toBe(3);
    expect(r.samples).toBe(5);
    expect(r.reason).toBe('unhealthy: 3 failed samples, more than failure-limit 2; last: a: connection refused (a)');
    expect(r.evidence?.obs.detail).toBe('connection refused (a)');
  });

  it('failure-limit 0 fails on the first failure', async () => {
    const clock = fakeClock();
    const { probe } = scripted(clock, { a: [obs('fail', 'status 500, expected 200')] });
    const r = await poll({ targets: [target('a')], timing: timing({ failureLimit: 0 }), probe, clock });
    expect([r.outcome, r.samples]).toEqual(['unhealthy', 1]);
  });

  it('counts consecutive inconclusive samples against inconclusive-limit, then has no verdict; a conclusive sample resets the run', async () => {
    const clock = fakeClock();
    const inc = obs('inconclusive', 'no data: the query returned no data');
    const { probe } = scripted(clock, { a: [inc, inc, obs('pending'), inc, inc, inc] });
    const r = await poll({ targets: [target('a')], timing: timing({ inconclusiveLimit: 2 }), probe, clock });
    expect(r.outcome).toBe('unknown');
    expect(r.samples).toBe(6);
    expect(r.inconclusiveRun).toBe(3);
    expect(r.reason).toMatch(/^unknown: 3 inconclusive samples in a row, more than inconclusive-limit 2; last: a: no data/);
  });

  it('without an inconclusive-limit, inconclusive samples run into the timeout: unknown, never a pass', async () => {
    const clock = fakeClock();
    const { probe } = scripted(clock, { a: [obs('inconclusive', 'result NaN: the value is NaN')] });
    const r = await poll({ targets: [target('a')], timing: timing({ timeoutMs: 10_000 }), probe, clock });
    expect([r.outcome, r.timedOut, r.passes]).toEqual(['unknown', true, 0]);
    expect(r.reason).toBe('unknown: timed out after 10s with 0/3 consecutive passes; last: a: result NaN: the value is NaN');
    expect(clock.t - 1_000_000).toBe(10_000); // it waited out the deadline, not longer
  });

  it('is unhealthy when the version never arrives before the deadline, and never samples after it', async () => {
    const clock = fakeClock();
    const { probe, calls } = scripted(clock, { a: [obs('pending', 'status 200, version v1.2.2, expected v1.2.3', { waiting: 'to report v1.2.3 (now v1.2.2)' })] }, 300);
    const r = await poll({ targets: [target('a')], timing: timing({ timeoutMs: 5000 }), probe, clock });
    expect([r.outcome, r.timedOut]).toEqual(['unhealthy', true]);
    expect(r.reason).toMatch(/^unhealthy: timed out after 5s with 0\/3 consecutive passes; last: a: status 200, version v1.2.2, expected v1.2.3$/);
    for (const c of calls) expect(c.t).toBeLessThan(1_000_000 + 5000);
    expect(clock.t).toBe(1_000_000 + 5000);
  });

  it('stops at once on a fatal failure: unhealthy', async () => {
    const clock = fakeClock();
    const { probe } = scripted(clock, { a: [obs('fail', 'rollout exceeded its progress deadline', { fatal: true })] });
    const r = await poll({ targets: [target('a')], timing: timing({ failureLimit: 10 }), probe, clock });
    expect([r.outcome, r.samples, r.reason]).toEqual(['unhealthy', 1, 'unhealthy: a: rollout exceeded its progress deadline']);
  });

  it('stops at once with no verdict on an error (a refused token, a query that does not parse), never unhealthy', async () => {
    const clock = fakeClock();
    const { probe } = scripted(clock, { a: [obs('pass')], b: [obs('pending'), obs('error', 'prometheus: bad_data: parse error (status 400)', { fatal: true })] });
    const r = await poll({ targets: [target('a'), target('b')], timing: timing({ failureLimit: 0 }), probe, clock });
    expect([r.outcome, r.samples, r.timedOut, r.reason]).toEqual(['unknown', 2, false, 'unknown: b: prometheus: bad_data: parse error (status 400)']);
    expect(r.evidence?.target.id).toBe('b');
    // A fatal failure in the same sample is still unhealthy: the service is bad whatever else is unknown.
    const both = scripted(clock, { a: [obs('error', 'refused', { fatal: true })], b: [obs('fail', 'aborted', { fatal: true })] });
    expect((await poll({ targets: [target('a'), target('b')], timing: timing({}), probe: both.probe, clock })).outcome).toBe('unhealthy');
  });

  it('at the deadline, the latest sample that did not pass decides: failing or not live is unhealthy; inconclusive or paused is unknown', async () => {
    const run = async (script: Observation[]): Promise<string> => {
      const clock = fakeClock();
      const { probe } = scripted(clock, { a: script });
      const r = await poll({ targets: [target('a')], timing: timing({ timeoutMs: 4500, failureLimit: 10, successThreshold: 10 }), probe, clock });
      return `${r.outcome}${r.timedOut ? ' (timed out)' : ''}`;
    };
    expect(await run([obs('pending'), obs('fail'), obs('pass')])).toBe('unhealthy (timed out)');
    expect(await run([obs('pending'), obs('inconclusive')])).toBe('unknown (timed out)');
    expect(await run([obs('inconclusive'), obs('pending')])).toBe('unhealthy (timed out)');
    expect(await run([obs('pending', 'Paused (CanaryPauseStep)', { paused: true })])).toBe('unknown (timed out)');
    expect(await run([obs('pass'), obs('pass'), obs('inconclusive'), obs('pass')])).toBe('unknown (timed out)');
  });

  it('a Rollout still paused at the deadline says a person decides', async () => {
    const clock = fakeClock();
    const { probe } = scripted(clock, { a: [obs('pending', 'Paused (CanaryPauseStep): waiting for a promotion', { paused: true })] });
    const r = await poll({ targets: [target('a')], timing: timing({ timeoutMs: 3000 }), probe, clock });
    expect(r.reason).toBe('unknown: timed out after 3s with 0/3 consecutive passes; last: a: Paused (CanaryPauseStep): waiting for a promotion; a person decides');
  });

  it('makes every observation\'s text inert before anyone reads it', async () => {
    const clock = fakeClock();
    const hostile = obs('pending', 'status 200, version v9\n::warning::pwned', { version: 'v9\r\n::set-output name=healthy::true', waiting: 'to report v1 (now v9\n::error::x)' });
    const seen: SampleRecord[] = [];
    const { probe } = scripted(clock, { a: [hostile] });
    const r = await poll({ targets: [target('a')], timing: timing({ timeoutMs: 1000 }), probe, clock, onSample: (s) => seen.push(s) });
    const o = seen[0]?.obs[0] as Observation;
    expect([o.detail, o.version, o.waiting]).toEqual(['status 200, version v9 ::warning::pwned', 'v9 ::set-output name=healthy::true', 'to report v1 (now v9 ::error::x)']);
    expect(r.reason).not.toMatch(/[\r\n]/);
  });

  it('waits initial-delay first and jitters the interval within ±10%', async () => {
    for (const [random, factor] of [[0, 0.9], [0.5, 1], [0.999999, 1.1]] as const) {
      const clock = fakeClock([random]);
      const { probe, calls } = scripted(clock, { a: [obs('pending')] });
      await poll({ targets: [target('a')], timing: timing({ initialDelayMs: 2000, timeoutMs: 12_000, intervalMs: 1000 }), probe, clock });
      expect(calls[0]?.t).toBe(1_000_000 + 2000);
      const gaps = calls.slice(1).map((c, i) => c.t - (calls[i] as { t: number }).t);
      expect(gaps.length).toBeGreaterThan(3);
      for (const g of gaps) expect(g).toBeCloseTo(1000 * factor, 0);
    }
  });

  it('keeps every gap within the jitter bounds over many random draws', async () => {
    const randoms = Array.from({ length: 97 }, (_, i) => (i * 37) % 97 / 97);
    const clock = fakeClock(randoms);
    const { probe, calls } = scripted(clock, { a: [obs('pending')] });
    await poll({ targets: [target('a')], timing: timing({ timeoutMs: 120_000, intervalMs: 1000 }), probe, clock });
    const gaps = calls.slice(1).map((c, i) => c.t - (calls[i] as { t: number }).t);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(900);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(1100);
    expect(Math.max(...gaps) - Math.min(...gaps)).toBeGreaterThan(100); // it does jitter
  });

  it('never overlaps samples: a slow sample delays the next instead of piling requests up', async () => {
    const clock = fakeClock();
    const { probe, calls } = scripted(clock, { a: [obs('pending')] }, 2500);
    await poll({ targets: [target('a')], timing: timing({ timeoutMs: 20_000, intervalMs: 1000 }), probe, clock });
    const gaps = calls.slice(1).map((c, i) => c.t - (calls[i] as { t: number }).t);
    for (const g of gaps) expect(g).toBeGreaterThanOrEqual(2500);
  });

  it('caps each request at the request timeout and at the time left', async () => {
    const clock = fakeClock();
    const { probe, calls } = scripted(clock, { a: [obs('pending')] });
    await poll({ targets: [target('a')], timing: timing({ timeoutMs: 7000, intervalMs: 2000, requestTimeoutMs: 5000 }), probe, clock });
    expect(calls[0]?.timeoutMs).toBe(5000);
    expect(calls[calls.length - 1]?.timeoutMs).toBeLessThanOrEqual(7000 - 6000 + 200);
  });

  it('a probe that throws counts as a failure, not a crash', async () => {
    const clock = fakeClock();
    const r = await poll({ targets: [target('a')], timing: timing({ failureLimit: 0 }), probe: async () => { throw new Error('boom'); }, clock });
    expect(r.reason).toBe('unhealthy: 1 failed sample, more than failure-limit 0; last: a: boom');
  });

  it('keeps a bounded number of samples', async () => {
    const clock = fakeClock();
    const { probe } = scripted(clock, { a: [obs('pending')] });
    const r = await poll({ targets: [target('a')], timing: timing({ timeoutMs: 100_000 }), probe, clock, keep: 10 });
    expect(r.kept).toHaveLength(10);
    expect(r.dropped).toBe(r.samples - 10);
    expect(r.kept[9]?.n).toBe(r.samples);
  });

  it('prints a progress line per sample with passes, failures allowed and time left', async () => {
    const clock = fakeClock();
    const lines: string[] = [];
    const a = target('https://web.example.com/api/version');
    const tm = timing({ failureLimit: 3, timeoutMs: 300_000, intervalMs: 10_000 });
    const { probe } = scripted(clock, { [a.id]: [obs('pass'), obs('fail', 'status 503, expected 200'), obs('pass'), obs('pass'), obs('pending', 'x', { waiting: 'to report v1.2.3 (now v1.2.2)' }), obs('pass')] });
    await poll({ targets: [a], timing: tm, probe, clock, onSample: (s, st) => lines.push(progressLine([a], s, st, tm)) });
    expect(lines[1]).toBe('[10s] sample 2: failed: https://web.example.com/api/version: status 503, expected 200 (0/3 passes, 1 failure of 3 allowed, 4m50s left)');
    expect(lines[3]).toMatch(/^\[30s\] sample 4: all 1 target pass \(2\/3 passes, 1 failure of 3 allowed, 4m30s left\)$/);
    expect(lines[4]).toBe('[40s] sample 5: waiting for https://web.example.com/api/version to report v1.2.3 (now v1.2.2) (0/3 passes, 1 failure of 3 allowed, 4m20s left)');
  });
});
