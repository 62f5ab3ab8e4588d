// What runs where: the app × environment version matrix at one commit, with regions.
import { summaryText } from '../health/untrusted.js';
import type { PromoteConfig } from '../config/config.js';
import { discoverLayout, type Layout, type Target } from '../layout.js';
import type { RepoSnapshot } from '../repo-snapshot.js';
import { readTargetVersion } from '../target-version.js';

export interface CellEntry { file: string; region?: string; version?: string; line: number; problem?: string }
export interface Matrix { envs: string[]; apps: { app: string; cells: Record<string, CellEntry[]> }[] }

export async function buildMatrix(
  snapshot: RepoSnapshot, config: PromoteConfig, singleAppName: string,
): Promise<Matrix> {
  return matrixOf(snapshot, discoverLayout(config, snapshot.files, singleAppName));
}

const SLICE = 2000;

async function cellOf(snapshot: RepoSnapshot, t: Target): Promise<{ t: Target; e: CellEntry }> {
  try {
    const v = readTargetVersion(await snapshot.read(t.file), t);
    return { t, e: { file: t.file, region: t.region, version: v.version, line: v.line } };
  } catch (err) {
    return { t, e: { file: t.file, region: t.region, line: 1, problem: (err as Error).message } };
  }
}

/** The matrix of a layout already discovered on this snapshot. */
export async function matrixOf(snapshot: RepoSnapshot, layout: Layout): Promise<Matrix> {
  const entries: { t: Target; e: CellEntry }[] = [];
  // In slices: each slice's reads reach git together, and 80,000 blobs are never all in memory at once.
  for (let i = 0; i < layout.targets.length; i += SLICE) {
    entries.push(...(await Promise.all(layout.targets.slice(i, i + SLICE).map((t) => cellOf(snapshot, t)))));
  }
  const byApp = new Map<string, Record<string, CellEntry[]>>();
  for (const { t, e } of entries) {
    const row = byApp.get(t.app) ?? {};
    (row[t.env] ??= []).push(e);
    byApp.set(t.app, row);
  }
  return { envs: layout.envs.map((e) => e.name), apps: [...byApp.entries()].map(([app, cells]) => ({ app, cells })) };
}

/** "v1.2.3", or "v1.2.3 (eu), v1.2.4 (us)" when regions disagree; "—" when the app is not in that env. */
export function cellText(entries: CellEntry[] | undefined): string {
  if (!entries?.length) return '—';
  const vs = new Set(entries.map((e) => e.problem ? '!' : e.version ?? 'none'));
  if (vs.size === 1 && !entries.some((e) => e.problem)) return entries[0]?.version ?? 'none';
  return entries
    .map((e) => `${e.problem ? 'error' : e.version ?? 'none'}${e.region ? ` (${e.region})` : ''}`)
    .join(', ');
}

export function renderMatrix(m: Matrix, format: 'table' | 'markdown' | 'json'): string {
  if (format === 'json') {
    return JSON.stringify({
      envs: m.envs,
      apps: m.apps.map((a) => ({
        app: a.app,
        envs: Object.fromEntries(m.envs.map((e) => [e, (a.cells[e] ?? []).map((c) => ({
          file: c.file, region: c.region ?? null, version: c.version ?? null,
          ...(c.problem ? { problem: c.problem } : {}),
        }))])),
      })),
    });
  }
  const rows = m.apps.map((a) => [a.app, ...m.envs.map((e) => cellText(a.cells[e]))]);
  const head = ['app', ...m.envs];
  if (format === 'markdown') {
    // Versions and names come from the repository (or a shard report's artifact): inert in the job summary.
    const rowText = (r: string[]): string => `| ${r.map(summaryText).join(' | ')} |`;
    return [
      `| ${head.map(summaryText).join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map(rowText),
    ].join('\n');
  }
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (r: string[]): string => r.map((c, i) => c.padEnd(widths[i] as number)).join('  ').trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
