// Shard report files: read for merge-reports (the CLI's FILE... and the action's `reports`), where an unreadable
// or non-JSON file is bad input naming the file, never a shorter merge; written by the action's drift mode.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { UserError } from '../core/errors.js';
import type { DriftReport } from '../core/scale/merge-reports.js';

export interface ShardReportFile { file: string; data: unknown }

/** `path` is read; `file` is how messages name it (as the user wrote it, or relative to the workspace). */
export function readShardReport(path: string, file = path): ShardReportFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new UserError(`cannot read: ${why}; expected a shard report (JSON)`, file);
  }
  try {
    return { file, data: JSON.parse(text) };
  } catch {
    throw new UserError('is not JSON; expected a shard report from `drift --json --shard I/N`', file, 1);
  }
}

/** The JSON `drift --json --shard I/N` prints, to `path` (its directory made if need be). */
export function writeShardReport(path: string, report: DriftReport): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(report));
}
