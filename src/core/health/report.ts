// What a wait-healthy run reports: step outputs (verdict, healthy, reason, observed-version, samples as bounded JSON)
// and a Markdown job summary with a timeline per target and a sparkline of metric values. Secrets never get here:
// only URLs without user info, details and verdicts. Details are text from checked systems: every cell of the
// summary is escaped (untrusted.ts), so HTML or Markdown from an endpoint shows as text.
import { formatDuration } from '../durations.js';
import { oneLine, type Observation, type Verdict } from './observation.js';
import type { PollResult, SampleRecord } from './poll.js';
import type { Target, Timing } from './spec.js';
import { summaryText } from './untrusted.js';

const BARS = '▁▂▃▄▅▆▇█';

/** ▁▂▃▄▅▆▇█ scaled between the finite values' min and max; NaN or missing is "·", ±Inf the ends. */
export function sparkline(values: readonly (number | undefined)[]): string {
  const finite = values.filter((v): v is number => v !== undefined && Number.isFinite(v));
  const lo = Math.min(...finite);
  const hi = Math.max(...finite);
  return values
    .map((v) => {
      if (v === undefined || Number.isNaN(v)) return '·';
      if (v === Number.POSITIVE_INFINITY) return BARS[7];
      if (v === Number.NEGATIVE_INFINITY) return BARS[0];
      if (hi === lo) return BARS[3];
      return BARS[Math.min(7, Math.floor(((v - lo) / (hi - lo)) * 8))];
    })
    .join('');
}

export const ICON: Record<Verdict, string> = {
  pass: '✅ pass', pending: '⏳ pending', fail: '❌ fail', inconclusive: '❔ inconclusive', error: '⚠️ error',
};
const HEAD: Record<PollResult['outcome'], string> = {
  healthy: '✅ healthy', unhealthy: '❌ unhealthy', unknown: '❔ unknown (no verdict)',
};

/** The distinct versions the last sample saw (http version fields, Deployment image tags). */
export function observedVersions(last: SampleRecord | undefined): string[] {
  return [...new Set((last?.obs ?? []).map((o) => o.version).filter((v): v is string => v !== undefined && v !== ''))];
}

/** The samples as JSON of at most maxBytes: the newest samples first to go in, then cut. */
export function samplesJson(targets: readonly Target[], r: PollResult, maxBytes = 60_000): string {
  const perSample = (s: SampleRecord, maxTargets: number): Record<string, unknown> => {
    const counts: Record<string, number> = {};
    for (const o of s.obs) counts[o.verdict] = (counts[o.verdict] ?? 0) + 1;
    const interesting = s.obs.map((o, i) => ({ o, t: targets[i] as Target }))
      .filter(({ o }) => o.verdict !== 'pass' || o.value !== undefined || s.obs.length <= maxTargets);
    const checks: Record<string, unknown> = {};
    for (const { o, t } of interesting.slice(0, maxTargets)) {
      checks[oneLine(t.id, 120)] = {
        verdict: o.verdict, detail: oneLine(o.detail, 160),
        ...(o.value !== undefined
          ? { value: Number.isNaN(o.value) ? 'NaN' : Number.isFinite(o.value) ? o.value : String(o.value) }
          : {}),
        ...(o.version !== undefined ? { version: o.version } : {}),
      };
    }
    return {
      n: s.n, atMs: s.at, verdict: s.verdict, counts, checks,
      ...(interesting.length > maxTargets ? { more: interesting.length - maxTargets } : {}),
    };
  };
  for (const maxTargets of [50, 10, 3]) {
    const out: Record<string, unknown>[] = [];
    let size = 200;
    for (let i = r.kept.length - 1; i >= 0; i--) {
      const one = perSample(r.kept[i] as SampleRecord, maxTargets);
      const len = JSON.stringify(one).length + 1;
      if (size + len > maxBytes) break;
      size += len;
      out.unshift(one);
    }
    if (out.length || !r.kept.length) {
      return JSON.stringify({
        outcome: r.outcome, timedOut: r.timedOut, samples: r.samples,
        shown: out.length, targets: targets.length, list: out,
      });
    }
  }
  return JSON.stringify({
    outcome: r.outcome, timedOut: r.timedOut, samples: r.samples, shown: 0, targets: targets.length, list: [],
  });
}

export interface ReportInput {
  env: string;
  app?: string;
  version?: string;
  commit?: string;
  targets: readonly Target[];
  timing: Timing;
  result: PollResult;
  /** Wall-clock time of the run's start, for timestamps in the summary. */
  startedAt: Date;
}

export function outputs(r: ReportInput): Record<string, string> {
  return {
    verdict: r.result.outcome,
    healthy: String(r.result.outcome === 'healthy'),
    reason: oneLine(r.result.reason, 1000),
    'observed-version': observedVersions(r.result.last).join(', '),
    samples: samplesJson(r.targets, r.result),
  };
}

const cell = summaryText;
const clock = (start: Date, atMs: number): string => new Date(start.getTime() + atMs).toISOString().slice(11, 19);

/** Timelines for at most this many targets (non-passing first); the rest get one row each. */
const MAX_TIMELINES = 20;
const MAX_ROWS = 30;

export function summary(r: ReportInput): string {
  const { result, targets, timing } = r;
  const head = `${HEAD[result.outcome]}${result.timedOut ? ' ⏱️ timed out' : ''}`;
  const lines: string[] = [];
  lines.push(`### wait-healthy: ${r.app ? `${r.app} in ` : ''}${r.env} ${head}`, '');
  lines.push(cell(result.reason), '');
  const facts: [string, string][] = [
    ['version', r.version ?? '—'],
    ['commit', r.commit ? r.commit.slice(0, 12) : '—'],
    ['observed version', observedVersions(result.last).join(', ') || '—'],
    ['samples', `${result.samples} in ${formatDuration(result.elapsedMs)}`],
    ['timing', `interval ${formatDuration(timing.intervalMs)} ±10%, timeout ${formatDuration(timing.timeoutMs)}, ` +
      `initial delay ${formatDuration(timing.initialDelayMs)}, ` +
      `request timeout ${formatDuration(timing.requestTimeoutMs)}`],
    ['thresholds', `success-threshold ${timing.successThreshold}, failure-limit ${timing.failureLimit}, ` +
      `inconclusive-limit ${timing.inconclusiveLimit ?? 'none'}`],
  ];
  lines.push('| | |', '| --- | --- |', ...facts.map(([k, v]) => `| ${k} | ${cell(v)} |`), '');
  if (result.dropped) lines.push(`_The first ${result.dropped} samples are not shown._`, '');

  const order = targets.map((t, i) => ({
    t, i, bad: result.last ? (result.last.obs[i] as Observation).verdict !== 'pass' : false,
  }));
  order.sort((a, b) => Number(b.bad) - Number(a.bad) || a.i - b.i);
  for (const { t, i } of order.slice(0, MAX_TIMELINES)) {
    const rows = result.kept.map((s) => ({ s, o: s.obs[i] as Observation }));
    lines.push(`#### ${cell(t.id)}`, '');
    const values = rows.map(({ o }) => o.value);
    if (values.some((v) => v !== undefined)) lines.push(`metric: \`${sparkline(values)}\``, '');
    const shown = rows.slice(-MAX_ROWS);
    if (shown.length < rows.length) lines.push(`_${rows.length - shown.length} earlier samples not shown._`, '');
    lines.push('| time (UTC) | value | verdict |', '| --- | --- | --- |');
    for (const { s, o } of shown) {
      lines.push(`| ${clock(r.startedAt, s.at)} | ${cell(oneLine(o.detail, 200))} | ${ICON[o.verdict]} |`);
    }
    lines.push('');
  }
  if (targets.length > MAX_TIMELINES) {
    lines.push(`#### ${targets.length - MAX_TIMELINES} more targets (last sample)`, '',
      '| target | value | verdict |', '| --- | --- | --- |');
    for (const { t, i } of order.slice(MAX_TIMELINES, MAX_TIMELINES + 500)) {
      const o = result.last?.obs[i];
      lines.push(`| ${cell(t.id)} | ${o ? cell(oneLine(o.detail, 120)) : '—'} | ${o ? ICON[o.verdict] : '—'} |`);
    }
    if (targets.length > MAX_TIMELINES + 500) {
      lines.push('', `_${targets.length - MAX_TIMELINES - 500} more not listed._`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
