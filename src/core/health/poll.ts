// The polling loop: samples every target together, every interval (±10% jitter), until enough consecutive passes,
// too many failures or inconclusive samples, something fatal, or the deadline. Time, sleep and randomness are
// injected, so tests run it on a fake clock. A sample starts only when the previous one has finished, so each
// target has at most one request in flight and never more than one per sample: no request storms.
import { formatDuration } from '../durations.js';
import { combine, type Observation, type Verdict } from './observation.js';
import type { Target, Timing } from './spec.js';

export interface Clock {
  /** Milliseconds, monotonic enough for deadlines. */
  now(): number;
  sleep(ms: number): Promise<void>;
  /** [0, 1). */
  random(): number;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
  random: () => Math.random(),
};

export const JITTER = 0.1;

export interface SampleRecord {
  /** 1-based. */
  n: number;
  /** Milliseconds since the run started. */
  at: number;
  verdict: Verdict;
  /** One per target, in the targets' order. */
  obs: Observation[];
}

export type Outcome = 'healthy' | 'unhealthy' | 'timed-out';

export interface PollState {
  passes: number;
  failures: number;
  inconclusiveRun: number;
  samples: number;
  elapsedMs: number;
  leftMs: number;
}

export interface PollResult extends PollState {
  outcome: Outcome;
  reason: string;
  /** The most recent samples (at most `keep`), oldest first. */
  kept: SampleRecord[];
  /** Samples dropped from `kept` to bound memory. */
  dropped: number;
  last?: SampleRecord;
  /** The target and observation that decided an unhealthy or timed-out run. */
  evidence?: { target: Target; obs: Observation };
}

export interface PollOptions {
  targets: readonly Target[];
  timing: Timing;
  probe: (t: Target, timeoutMs: number) => Promise<Observation>;
  clock?: Clock;
  /** After every sample, e.g. a progress line. */
  onSample?: (s: SampleRecord, state: PollState) => void;
  /** How many samples to keep for the report (default 120). */
  keep?: number;
}

/** The first non-passing observation of a sample, worst first (fatal, fail, pending, inconclusive). */
export function worst(targets: readonly Target[], s: SampleRecord): { target: Target; obs: Observation } | undefined {
  const rank = (o: Observation): number => (o.fatal ? 0 : { fail: 1, pending: 2, inconclusive: 3, pass: 9 }[o.verdict]);
  let best: number | undefined;
  for (let i = 0; i < s.obs.length; i++) {
    const o = s.obs[i] as Observation;
    if (o.verdict === 'pass') continue;
    if (best === undefined || rank(o) < rank(s.obs[best] as Observation)) best = i;
  }
  return best === undefined ? undefined : { target: targets[best] as Target, obs: s.obs[best] as Observation };
}

export async function poll(o: PollOptions): Promise<PollResult> {
  const clock = o.clock ?? systemClock;
  const { timing, targets } = o;
  const keep = o.keep ?? 120;
  const start = clock.now();
  const deadline = start + timing.timeoutMs;
  const kept: SampleRecord[] = [];
  let dropped = 0;
  let passes = 0;
  let failures = 0;
  let inconclusiveRun = 0;
  let samples = 0;
  let last: SampleRecord | undefined;
  const state = (): PollState => ({ passes, failures, inconclusiveRun, samples, elapsedMs: clock.now() - start, leftMs: Math.max(0, deadline - clock.now()) });
  const finish = (outcome: Outcome, reason: string, evidence?: { target: Target; obs: Observation }): PollResult => ({ ...state(), outcome, reason, kept, dropped, last, evidence });
  const evidenceText = (e: { target: Target; obs: Observation } | undefined): string => (e ? `${e.target.id}: ${e.obs.detail}` : 'no sample was taken');

  if (timing.initialDelayMs > 0) await clock.sleep(Math.min(timing.initialDelayMs, deadline - clock.now()));
  for (;;) {
    const sampleStart = clock.now();
    const left = deadline - sampleStart;
    if (left <= 0) {
      const e = last && worst(targets, last);
      return finish('timed-out', `timed out after ${formatDuration(timing.timeoutMs)} with ${passes}/${timing.successThreshold} consecutive passes; last: ${evidenceText(e)}`, e);
    }
    const perRequest = Math.max(1, Math.min(timing.requestTimeoutMs, left));
    const obs = await Promise.all(
      targets.map((t) => o.probe(t, perRequest).catch((e: unknown): Observation => ({ verdict: 'fail', detail: (e as Error).message ?? String(e) }))),
    );
    samples++;
    const verdict = combine(obs);
    if (verdict === 'pass') passes++;
    else passes = 0;
    if (verdict === 'fail') failures++;
    inconclusiveRun = verdict === 'inconclusive' ? inconclusiveRun + 1 : 0;
    last = { n: samples, at: sampleStart - start, verdict, obs };
    kept.push(last);
    if (kept.length > keep) {
      kept.shift();
      dropped++;
    }
    o.onSample?.(last, state());

    const e = worst(targets, last);
    const fatal = obs.findIndex((x) => x.fatal);
    if (fatal >= 0) {
      const ev = { target: targets[fatal] as Target, obs: obs[fatal] as Observation };
      return finish('unhealthy', `unhealthy: ${evidenceText(ev)}`, ev);
    }
    if (passes >= timing.successThreshold) {
      return finish('healthy', `healthy: ${passes} consecutive sample${passes === 1 ? '' : 's'} with every check passing (${targets.length} target${targets.length === 1 ? '' : 's'}) after ${formatDuration(clock.now() - start)}`);
    }
    if (failures > timing.failureLimit) {
      return finish('unhealthy', `unhealthy: ${failures} failed sample${failures === 1 ? '' : 's'}, more than failure-limit ${timing.failureLimit}; last: ${evidenceText(e)}`, e);
    }
    if (timing.inconclusiveLimit !== undefined && inconclusiveRun > timing.inconclusiveLimit) {
      return finish('unhealthy', `unhealthy: ${inconclusiveRun} inconclusive samples in a row, more than inconclusive-limit ${timing.inconclusiveLimit}; last: ${evidenceText(e)}`, e);
    }
    const jitter = 1 + (clock.random() * 2 - 1) * JITTER;
    const next = sampleStart + timing.intervalMs * jitter;
    if (next >= deadline) {
      // The next sample would come after the deadline: nothing more can change the answer.
      const left2 = deadline - clock.now();
      if (left2 > 0) await clock.sleep(left2);
      return finish('timed-out', `timed out after ${formatDuration(timing.timeoutMs)} with ${passes}/${timing.successThreshold} consecutive passes; last: ${evidenceText(e)}`, e);
    }
    const wait = next - clock.now();
    if (wait > 0) await clock.sleep(wait);
  }
}

/** "(2/3 passes, 1 failure of 3 allowed, 4m left)". */
export function progressTail(st: PollState, timing: Timing): string {
  const inc = timing.inconclusiveLimit !== undefined && st.inconclusiveRun ? `, ${st.inconclusiveRun} inconclusive of ${timing.inconclusiveLimit} allowed` : '';
  return `(${st.passes}/${timing.successThreshold} passes, ${st.failures} failure${st.failures === 1 ? '' : 's'} of ${timing.failureLimit} allowed${inc}, ${formatDuration(st.leftMs)} left)`;
}

/** One progress line per sample: what it waits for, or what failed. */
export function progressLine(targets: readonly Target[], s: SampleRecord, st: PollState, timing: Timing): string {
  const notPassing = s.obs.filter((o) => o.verdict !== 'pass').length;
  const more = notPassing > 1 ? ` (+${notPassing - 1} more)` : '';
  const e = worst(targets, s);
  let what: string;
  if (!e) what = `all ${targets.length} target${targets.length === 1 ? '' : 's'} pass`;
  else if (e.obs.verdict === 'pending') what = `waiting for ${e.target.id} ${e.obs.waiting ?? `(${e.obs.detail})`}${more}`;
  else what = `${e.obs.verdict === 'fail' ? 'failed' : 'inconclusive'}: ${e.target.id}: ${e.obs.detail}${more}`;
  return `[${formatDuration(s.at)}] sample ${s.n}: ${what} ${progressTail(st, timing)}`;
}
