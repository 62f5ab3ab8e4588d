// Shard reports (drift --json, status --format json, each with --shard I/N) combined into the report one job would
// have written: every shard of one run present exactly once, all of the same commit, apps in the same order.
import { UserError, quote } from '../errors.js';
import type { DriftItem } from '../parity/drift.js';
import type { Matrix } from '../status/matrix.js';
import type { Shard } from './shard.js';

export interface DriftReport { ref: string; shard: Shard | null; matrix: Matrix; drift: DriftItem[] }
export interface StatusApp { app: string; envs: Record<string, unknown[]> }
export interface StatusReport { ref: string; shard: Shard | null; envs: string[]; apps: StatusApp[] }

export type Merged =
  | { kind: 'drift'; report: DriftReport; shards: number }
  | { kind: 'status'; report: StatusReport; shards: number };

interface Input { file: string; data: unknown }

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const EXPECTED = 'expected the JSON of `drift --json --shard I/N` or `status --format json --shard I/N`';

function shardOfReport(file: string, data: Record<string, unknown>): Shard {
  const s = data.shard;
  const index = isObject(s) ? s.index : undefined;
  const count = isObject(s) ? s.count : undefined;
  if (!Number.isInteger(index) || !Number.isInteger(count) || (index as number) < 1 || (index as number) > (count as number)) {
    throw new UserError(`has no shard (index/count); ${EXPECTED}`, file, 1);
  }
  return { index: index as number, count: count as number };
}

/** Checks that the shards fit together: one kind, one commit, one N, each index once. */
function checkShards(inputs: readonly Input[]): { kind: 'drift' | 'status'; count: number } {
  if (!inputs.length) throw new UserError('merge-reports needs at least one shard report; expected FILE...');
  const first = inputs[0] as Input;
  const seen = new Map<number, string>();
  let kind: 'drift' | 'status' | undefined;
  let count = 0;
  for (const { file, data } of inputs) {
    const apps = isObject(data) ? (isObject(data.matrix) ? data.matrix.apps : data.apps) : undefined;
    if (!isObject(data) || typeof data.ref !== 'string' || !Array.isArray(apps)) {
      throw new UserError(`is not a shard report; ${EXPECTED}`, file, 1);
    }
    // The commit is shown in the summary and the tracking issue: from an artifact, it must be a commit id.
    if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(data.ref)) {
      throw new UserError(`has ref ${quote(data.ref.slice(0, 80))}; expected a commit id (40 or 64 hex digits)`, file, 1);
    }
    const k = Array.isArray(data.drift) ? 'drift' : 'status';
    const s = shardOfReport(file, data);
    const ref = (first.data as Record<string, unknown>).ref;
    const refuse = (why: string): never => {
      throw new UserError(why, file, 1);
    };
    if (kind && k !== kind) refuse(`is a ${k} report, ${first.file} a ${kind} report; expected reports of one kind`);
    const other = `${first.file} of ${quote(String(ref))}`;
    if (data.ref !== ref) refuse(`is of commit ${quote(data.ref)}, ${other}; expected the shards of one run`);
    if (count && s.count !== count) refuse(`is shard ${s.index}/${s.count}, ${first.file} one of ${count}; expected one N`);
    if (seen.has(s.index)) refuse(`is shard ${s.index}/${s.count} again (also ${seen.get(s.index)}); expected each shard once`);
    seen.set(s.index, file);
    kind = k;
    count = s.count;
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length) {
    const names = missing.map((i) => `${i}/${count}`).join(', ');
    throw new UserError(`shard${missing.length > 1 ? 's' : ''} ${names} missing; expected all ${count} shard reports`);
  }
  return { kind: kind as 'drift' | 'status', count };
}

const byApp = (a: { app: string }, b: { app: string }): number => a.app.localeCompare(b.app);

export function mergeReports(inputs: readonly Input[]): Merged {
  const { kind, count } = checkShards(inputs);
  const indexOf = (i: Input): number => (i.data as { shard: Shard }).shard.index;
  const ordered = [...inputs].sort((a, b) => indexOf(a) - indexOf(b));
  const ref = (ordered[0]?.data as { ref: string }).ref;
  if (kind === 'status') {
    const reports = ordered.map((i) => i.data as StatusReport);
    const apps = reports.flatMap((r) => r.apps).sort(byApp);
    return { kind, shards: count, report: { ref, shard: null, envs: reports[0]?.envs ?? [], apps } };
  }
  const reports = ordered.map((i) => i.data as DriftReport);
  const apps = reports.flatMap((r) => r.matrix.apps).sort(byApp);
  // One app's findings come from one shard, in the order a single job lists them: by app, then as found.
  const findings = new Map<string, DriftItem[]>();
  for (const d of reports.flatMap((r) => r.drift)) {
    const list = findings.get(d.app);
    if (list) list.push(d);
    else findings.set(d.app, [d]);
  }
  const drift = apps.flatMap((a) => findings.get(a.app) ?? []);
  return { kind, shards: count, report: { ref, shard: null, matrix: { envs: reports[0]?.matrix.envs ?? [], apps }, drift } };
}

/** The line above a merged report, in the CLI's output and the action's job summary. */
export const mergedTitle = (m: Merged): string => `Merged ${m.shards} shard reports of ${m.report.ref.slice(0, 12)}`;
