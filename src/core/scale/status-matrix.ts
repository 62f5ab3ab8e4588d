// A merged `status --format json --shard I/N` report back as the matrix the status verb prints, so the CLI and the
// action's merge-reports mode show the same table.
import type { CellEntry, Matrix } from '../status/matrix.js';
import type { StatusReport } from './merge-reports.js';

interface Cell { file: string; region: string | null; version: string | null; problem?: string }

const entry = (c: Cell): CellEntry =>
  ({ file: c.file, region: c.region ?? undefined, version: c.version ?? undefined, line: 1, problem: c.problem });

const cells = (envs: Record<string, unknown[]>): Record<string, CellEntry[]> =>
  Object.fromEntries(Object.entries(envs).map(([env, list]) => [env, (list as Cell[]).map(entry)]));

export function statusMatrix(r: StatusReport): Matrix {
  return { envs: r.envs, apps: r.apps.map((a) => ({ app: a.app, cells: cells(a.envs) })) };
}
