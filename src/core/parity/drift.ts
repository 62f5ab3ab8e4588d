// The scheduled report: what runs where, and drift — an env running a version its previous env never ran,
// regions of one env disagreeing, an env behind its previous env for too long, and (optionally) a live
// service reporting a different version than git says.
import { promotionRecords, PROMOTION_GREP } from '../history/promotions.js';
import { VersionHistory } from '../history/version-history.js';
import { discoverLayout, previousEnv } from '../layout.js';
import { compareVersions, sameVersion } from '../policy/versions.js';
import type { GitPort } from '../ports.js';
import { configAt } from '../promote/config-at.js';
import { matrixOf, type Matrix } from '../status/matrix.js';
import { formatDuration } from '../durations.js';

export type DriftKind = 'never-in-previous' | 'regions-disagree' | 'behind' | 'live-mismatch' | 'unreadable';

export interface DriftItem { kind: DriftKind; app: string; env: string; region?: string; file?: string; line?: number; message: string }

export interface DriftOptions {
  now: Date;
  configPath?: string;
  singleAppName: string;
  /** Report an env whose previous env has run a newer version for longer than this (ms). */
  behindAfterMs?: number;
  /** Reads the version a live service reports; undefined skips live drift. */
  live?: (app: string, env: string, region: string | undefined) => Promise<{ version?: string; error?: string } | undefined>;
}

export async function computeDrift(git: GitPort, head: string, opts: DriftOptions): Promise<{ matrix: Matrix; drift: DriftItem[] }> {
  const snapshot = await git.snapshot(head);
  const config = await configAt(snapshot, opts.configPath);
  const layout = discoverLayout(config, snapshot.files, opts.singleAppName);
  const matrix = await matrixOf(snapshot, layout);
  const history = new VersionHistory(promotionRecords(await git.log(head, { grep: PROMOTION_GREP })));
  const drift: DriftItem[] = [];
  for (const row of matrix.apps) {
    for (const env of layout.envs) {
      const cells = row.cells[env.name] ?? [];
      for (const c of cells.filter((x) => x.problem)) drift.push({ kind: 'unreadable', app: row.app, env: env.name, region: c.region, file: c.file, line: c.line, message: c.problem as string });
      const ok = cells.filter((c) => !c.problem);
      if (!ok.length) continue;
      const versions = [...new Set(ok.map((c) => c.version ?? 'none'))];
      if (versions.length > 1 && !env.staggered) {
        drift.push({ kind: 'regions-disagree', app: row.app, env: env.name, file: ok[0]?.file, line: ok[0]?.line, message: `regions run different versions: ${ok.map((c) => `${c.region ?? c.file}: ${c.version ?? 'none'}`).join(', ')}` });
      }
      const prev = previousEnv(layout, env);
      const prevCells = prev ? (row.cells[prev.name] ?? []).filter((c) => !c.problem) : [];
      if (prev && prevCells.length) {
        for (const c of ok) {
          if (!c.version) continue;
          const inPrevNow = prevCells.some((p) => sameVersion(p.version, c.version));
          // A promotion through the gate proves the previous env ran it; a gate-skipped one proves nothing.
          if (!inPrevNow && !history.ran(row.app, prev.name, c.version) && !history.passedGate(row.app, env.name, c.version)) {
            drift.push({ kind: 'never-in-previous', app: row.app, env: env.name, region: c.region, file: c.file, line: c.line, message: `${env.name} runs ${c.version}, which ${prev.name} never ran (it runs ${[...new Set(prevCells.map((p) => p.version ?? 'none'))].join(', ')})` });
          }
        }
        if (opts.behindAfterMs !== undefined && prevCells.length) {
          const prevVersion = prevCells[0]?.version;
          const mine = ok[0]?.version;
          const newer = prevVersion && mine && prevCells.every((p) => p.version === prevVersion) ? compareVersions(prevVersion, mine) : undefined;
          const since = prevVersion ? history.runningSince(row.app, prev.name, prevVersion) : undefined;
          if (newer !== undefined && newer > 0 && since && opts.now.getTime() - Date.parse(since) > opts.behindAfterMs) {
            drift.push({ kind: 'behind', app: row.app, env: env.name, file: ok[0]?.file, line: ok[0]?.line, message: `${env.name} runs ${mine}; ${prev.name} has run ${prevVersion} for ${formatDuration(opts.now.getTime() - Date.parse(since))}` });
          }
        }
      }
      if (opts.live) {
        for (const c of ok) {
          const got = await opts.live(row.app, env.name, c.region);
          if (!got) continue;
          if (got.error) drift.push({ kind: 'live-mismatch', app: row.app, env: env.name, region: c.region, file: c.file, line: c.line, message: `could not read the live version: ${got.error}` });
          else if (!sameVersion(got.version, c.version)) drift.push({ kind: 'live-mismatch', app: row.app, env: env.name, region: c.region, file: c.file, line: c.line, message: `git says ${c.version ?? 'none'}, the live service reports ${got.version ?? 'nothing'}` });
        }
      }
    }
  }
  return { matrix, drift };
}
