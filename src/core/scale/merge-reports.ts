// Shard reports (drift --json, status --format json, each with --shard I/N) combined into the report one job would
// have written: every shard of one run present exactly once, all of the same commit, apps in the same order.
import { UserError, quote } from '../errors.js';
import type { DriftItem } from '../parity/drift.js';
import type { Matrix } from '../status/matrix.js';
import type { Shard } from './shard.js';

export interface DriftReport { ref: string; shard: Shard | null; matrix: Matrix; drift: DriftItem[] }
export interface StatusApp { app: string; envs: Record<string, unknown[]> }
export interface StatusReport { ref: string; shard: Shard | null; envs: string[]; apps: StatusApp[] }

export type Merged = { kind: 'drift'; report: DriftReport; shards: number } | { kind: 'status'; report: StatusReport; shards: number };

interface Input { file: string; data: unknown }

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function shardOfReport(file: string, data: Record<string, unknown>): Shard {
  const s = data.shard;
  if (!isObject(s) || !Number.isInteger(s.index) || !Number.isInteger(s.count) || (s.index as number) < 1 || (s.index as number) > (s.count as number)) {
    throw new UserError('has no shard (index/count); expected the JSON of `drift --json --shard I/N` or `status --format json --shard I/N`', file, 1);
  }
  return { index: s.index as number, count: s.count as number };
}

/** Checks that the shards fit together: one kind, one commit, one N, each index once. */
function checkShards(inputs: readonly Input[]): { kind: 'drift' | 'status'; count: number } {
  if (!inputs.length) throw new UserError('merge-reports needs at least one shard report; expected FILE...');
  const first = inputs[0] as Input;
  const seen = new Map<number, string>();
  let kind: 'drift' | 'status' | undefined;
  let count = 0;
  for (const { file, data } of inputs) {
    if (!isObject(data) || typeof data.ref !== 'string' || !Array.isArray(isObject(data.matrix) ? data.matrix.apps : data.apps)) {
      throw new UserError('is not a shard report; expected the JSON of `drift --json --shard I/N` or `status --format json --shard I/N`', file, 1);
    }
    const k = Array.isArray(data.drift) ? 'drift' : 'status';
    const s = shardOfReport(file, data);
    const ref = (first.data as Record<string, unknown>).ref;
    if (kind && k !== kind) throw new UserError(`is a ${k} report, ${first.file} a ${kind} report; expected reports of one kind`, file, 1);
    if (data.ref !== ref) throw new UserError(`is of commit ${quote(data.ref)}, ${first.file} of ${quote(String(ref))}; expected the shards of one run`, file, 1);
    if (count && s.count !== count) throw new UserError(`is shard ${s.index}/${s.count}, ${first.file} one of ${count}; expected one N`, file, 1);
    if (seen.has(s.index)) throw new UserError(`is shard ${s.index}/${s.count} again (also ${seen.get(s.index)}); expected each shard once`, file, 1);
    seen.set(s.index, file);
    kind = k;
    count = s.count;
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length) throw new UserError(`shard${missing.length > 1 ? 's' : ''} ${missing.map((i) => `${i}/${count}`).join(', ')} missing; expected all ${count} shard reports`);
  return { kind: kind as 'drift' | 'status', count };
}

const byApp = (a: { app: string }, b: { app: string }): number => a.app.localeCompare(b.app);

export function mergeReports(inputs: readonly Input[]): Merged {
  const { kind, count } = checkShards(inputs);
  const ordered = [...inputs].sort((a, b) => ((a.data as { shard: Shard }).shard.index - (b.data as { shard: Shard }).shard.index));
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
