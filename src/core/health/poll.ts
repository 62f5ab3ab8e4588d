// The polling loop: samples every target together, every interval (±10% jitter), until enough consecutive passes,
// too many failures or inconclusive samples, something fatal, or the deadline. Time, sleep and randomness are
// injected, so tests run it on a fake clock. A sample starts only when the previous one has finished, so each
// target has at most one request in flight and never more than one per sample: no request storms.
import { formatDuration } from '../durations.js';
import { combine, type Observation, type Verdict } from './observation.js';
import { inertObservation } from './untrusted.js';
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

/**
 * healthy: proven. unhealthy: the service is bad and rolling back is right (a failure, or a timeout in which the
 * promoted version never became healthy). unknown: no verdict could be reached (a refused token, an app not found
 * or not permitted, an unreachable control plane, a query that does not parse, only inconclusive samples, a
 * Rollout still paused for a person): nothing should be rolled back on it.
 */
export type Outcome = 'healthy' | 'unhealthy' | 'unknown';

export interface PollState {
  passes: number;
  failures: number;
  inconclusiveRun: number;
  samples: number;
  elapsedMs: number;
  leftMs: number;
}

export interface Evidence { target: Target; obs: Observation }

export interface PollResult extends PollState {
  outcome: Outcome;
  /** The deadline ended the run (the outcome says what the samples until then mean). */
  timedOut: boolean;
  reason: string;
  /** The most recent samples (at most `keep`), oldest first. */
  kept: SampleRecord[];
  /** Samples dropped from `kept` to bound memory. */
  dropped: number;
  last?: SampleRecord;
  /** The target and observation that decided an unhealthy or unknown run. */
  evidence?: Evidence;
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

const RANK: Record<Verdict, number> = { error: 1, fail: 2, pending: 3, inconclusive: 5, pass: 9 };
/** Worst first: fatal, error, fail, pending, pending on a person (paused), inconclusive. */
const rank = (o: Observation): number => (o.fatal ? 0 : o.paused ? 4 : RANK[o.verdict]);

/** The worst non-passing observation of a sample, or undefined when every target passed. */
export function worst(targets: readonly Target[], s: SampleRecord): Evidence | undefined {
  let best: number | undefined;
  s.obs.forEach((o, i) => {
    if (o.verdict !== 'pass' && (best === undefined || rank(o) < rank(s.obs[best] as Observation))) best = i;
  });
  return best === undefined ? undefined : { target: targets[best] as Target, obs: s.obs[best] as Observation };
}

const evidenceText = (e: Evidence | undefined): string =>
  (e ? `${e.target.id}: ${e.obs.detail}` : 'no sample was taken');
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

type Decision = { outcome: Outcome; reason: string; evidence?: Evidence };

/**
 * What the samples until the deadline mean: the latest sample that did not pass decides. A target still failing or
 * still not at the promoted version is unhealthy; inconclusive samples, an error, or a Rollout paused for a person
 * leave it unknown; so does a run that only passed, too few times.
 */
export function timeoutVerdict(targets: readonly Target[], kept: readonly SampleRecord[]): Omit<Decision, 'reason'> {
  for (let i = kept.length - 1; i >= 0; i--) {
    const e = worst(targets, kept[i] as SampleRecord);
    if (!e) continue;
    const bad = e.obs.verdict === 'fail' || (e.obs.verdict === 'pending' && !e.obs.paused);
    return { outcome: bad ? 'unhealthy' : 'unknown', evidence: e };
  }
  return { outcome: 'unknown' };
}

/** After a sample: a verdict, or undefined to keep sampling. */
function decide(
  targets: readonly Target[], s: SampleRecord, st: PollState, timing: Timing, elapsed: string,
): Decision | undefined {
  const at = (i: number): Evidence => ({ target: targets[i] as Target, obs: s.obs[i] as Observation });
  const fatal = s.obs.findIndex((x) => x.fatal && x.verdict === 'fail');
  if (fatal >= 0) return { outcome: 'unhealthy', reason: `unhealthy: ${evidenceText(at(fatal))}`, evidence: at(fatal) };
  const error = s.obs.findIndex((x) => x.verdict === 'error');
  if (error >= 0) return { outcome: 'unknown', reason: `unknown: ${evidenceText(at(error))}`, evidence: at(error) };
  if (st.passes >= timing.successThreshold) {
    const every = `with every check passing (${plural(targets.length, 'target')})`;
    return {
      outcome: 'healthy', reason: `healthy: ${plural(st.passes, 'consecutive sample')} ${every} after ${elapsed}`,
    };
  }
  const e = worst(targets, s);
  const last = `last: ${evidenceText(e)}`;
  if (st.failures > timing.failureLimit) {
    const why = `${plural(st.failures, 'failed sample')}, more than failure-limit ${timing.failureLimit}`;
    return { outcome: 'unhealthy', reason: `unhealthy: ${why}; ${last}`, evidence: e };
  }
  if (timing.inconclusiveLimit !== undefined && st.inconclusiveRun > timing.inconclusiveLimit) {
    const why = `${st.inconclusiveRun} inconclusive samples in a row, ` +
      `more than inconclusive-limit ${timing.inconclusiveLimit}`;
    return { outcome: 'unknown', reason: `unknown: ${why}; ${last}`, evidence: e };
  }
  return undefined;
}

function timedOut(targets: readonly Target[], kept: readonly SampleRecord[], st: PollState, timing: Timing): Decision {
  const v = timeoutVerdict(targets, kept);
  const person = v.evidence?.obs.paused ? '; a person decides' : '';
  const passes = `${st.passes}/${timing.successThreshold} consecutive passes`;
  return {
    ...v,
    reason: `${v.outcome}: timed out after ${formatDuration(timing.timeoutMs)} with ${passes}; ` +
      `last: ${evidenceText(v.evidence)}${person}`,
  };
}

/** Probes every target once, all together; an observation's text is made inert before anything reads it. */
async function sample(o: PollOptions, perRequest: number): Promise<Observation[]> {
  const failed = (e: unknown): Observation => ({ verdict: 'fail', detail: (e as Error)?.message ?? String(e) });
  const obs = await Promise.all(o.targets.map((t) => o.probe(t, perRequest).catch(failed)));
  return obs.map(inertObservation);
}

export async function poll(o: PollOptions): Promise<PollResult> {
  const clock = o.clock ?? systemClock;
  const { timing, targets } = o;
  const keep = o.keep ?? 120;
  const start = clock.now();
  const deadline = start + timing.timeoutMs;
  const kept: SampleRecord[] = [];
  const st: PollState = {
    passes: 0, failures: 0, inconclusiveRun: 0, samples: 0, elapsedMs: 0, leftMs: timing.timeoutMs,
  };
  let dropped = 0;
  const state = (): PollState =>
    Object.assign(st, { elapsedMs: clock.now() - start, leftMs: Math.max(0, deadline - clock.now()) });
  const finish = (d: Decision, timedOut = false): PollResult =>
    ({ ...state(), ...d, timedOut, kept, dropped, last: kept[kept.length - 1] });

  if (timing.initialDelayMs > 0) await clock.sleep(Math.min(timing.initialDelayMs, deadline - clock.now()));
  for (;;) {
    const sampleStart = clock.now();
    if (deadline - sampleStart <= 0) return finish(timedOut(targets, kept, state(), timing), true);
    const obs = await sample(o, Math.max(1, Math.min(timing.requestTimeoutMs, deadline - sampleStart)));
    const s: SampleRecord = { n: ++st.samples, at: sampleStart - start, verdict: combine(obs), obs };
    st.passes = s.verdict === 'pass' ? st.passes + 1 : 0;
    if (s.verdict === 'fail') st.failures++;
    st.inconclusiveRun = s.verdict === 'inconclusive' ? st.inconclusiveRun + 1 : 0;
    kept.push(s);
    if (kept.length > keep) {
      kept.shift();
      dropped++;
    }
    o.onSample?.(s, state());
    const d = decide(targets, s, state(), timing, formatDuration(clock.now() - start));
    if (d) return finish(d);
    const next = sampleStart + timing.intervalMs * (1 + (clock.random() * 2 - 1) * JITTER);
    if (next >= deadline) {
      // The next sample would come after the deadline: nothing more can change the answer.
      if (deadline - clock.now() > 0) await clock.sleep(deadline - clock.now());
      return finish(timedOut(targets, kept, state(), timing), true);
    }
    if (next - clock.now() > 0) await clock.sleep(next - clock.now());
  }
}

/** "(2/3 passes, 1 failure of 3 allowed, 4m left)". */
export function progressTail(st: PollState, timing: Timing): string {
  const inc = timing.inconclusiveLimit !== undefined && st.inconclusiveRun
    ? `, ${st.inconclusiveRun} inconclusive of ${timing.inconclusiveLimit} allowed` : '';
  return `(${st.passes}/${timing.successThreshold} passes, ` +
    `${st.failures} failure${st.failures === 1 ? '' : 's'} of ${timing.failureLimit} allowed${inc}, ` +
    `${formatDuration(st.leftMs)} left)`;
}

const WORD: Record<Verdict, string> = {
  fail: 'failed', error: 'error', inconclusive: 'inconclusive', pending: 'pending', pass: 'pass',
};

/** One progress line per sample: what it waits for, or what failed. */
export function progressLine(targets: readonly Target[], s: SampleRecord, st: PollState, timing: Timing): string {
  const notPassing = s.obs.filter((o) => o.verdict !== 'pass').length;
  const more = notPassing > 1 ? ` (+${notPassing - 1} more)` : '';
  const e = worst(targets, s);
  let what: string;
  if (!e) {
    what = `all ${targets.length} target${targets.length === 1 ? '' : 's'} pass`;
  } else if (e.obs.verdict === 'pending') {
    what = `waiting for ${e.target.id} ${e.obs.waiting ?? `(${e.obs.detail})`}${more}`;
  } else {
    what = `${WORD[e.obs.verdict]}: ${e.target.id}: ${e.obs.detail}${more}`;
  }
  return `[${formatDuration(s.at)}] sample ${s.n}: ${what} ${progressTail(st, timing)}`;
}
