// The scheduled report: what runs where, and drift — an env running a version its previous env never ran,
// regions of one env disagreeing, an env behind its previous env for too long, and (optionally) a live
// service reporting a different version than git says.
import { discoverLayout, previousEnv, type Layout, type Target } from '../layout.js';
import { ContentHistory, HistoryProbe, type FileHistory } from './content-history.js';
import { driftFacts, type DriftFacts } from './drift-facts.js';
import { compareVersions, sameVersion } from '../policy/versions.js';
import type { GitPort } from '../ports.js';
import { configAt } from '../promote/config-at.js';
import { matrixOf, type CellEntry, type Matrix } from '../status/matrix.js';
import { formatDuration } from '../durations.js';
import { shardLayout, type Shard } from '../scale/shard.js';

export type DriftKind = 'never-in-previous' | 'regions-disagree' | 'behind' | 'live-mismatch' | 'unreadable';

export interface DriftItem { kind: DriftKind; app: string; env: string; region?: string; file?: string; line?: number; message: string }

export interface DriftOptions {
  now: Date;
  configPath?: string;
  singleAppName: string;
  /** Report an env whose previous env has run a newer version for longer than this (ms). */
  behindAfterMs?: number;
  /** Only the apps of this shard (their previous environments are theirs too, so a shard needs no other). */
  shard?: Shard;
  /** Reads the version a live service reports; undefined skips live drift. */
  live?: (app: string, env: string, region: string | undefined) => Promise<{ version?: string; error?: string } | undefined>;
}

/** Apps judged together: their reads go to git in one batch, and memory holds one slice's blobs at a time. */
const SLICE = 1000;

export async function computeDrift(git: GitPort, head: string, opts: DriftOptions): Promise<{ matrix: Matrix; drift: DriftItem[] }> {
  const snapshot = await git.snapshot(head);
  const config = await configAt(snapshot, opts.configPath);
  const layout = shardLayout(discoverLayout(config, snapshot.files, opts.singleAppName), opts.shard);
  const facts = driftFacts(git, snapshot, layout);
  // Most questions are answered by what runs now. A first pass notes which files' pasts the rest need; only those
  // are read from the branch's first-parent history (their content, the evidence parity uses; never trailers).
  // Without live endpoints, the apps that asked nothing keep their first-pass answer. The matrix is read slice by
  // slice with that pass, so each overlay's two readings (version, images) come moments apart.
  const asked = new Set<string>();
  const quiet = { ...opts, live: undefined };
  const rows: Matrix['apps'] = [];
  const first: { items: DriftItem[]; probe: HistoryProbe }[] = [];
  for (const targets of appSlices(layout.targets, SLICE)) {
    const part = (await matrixOf(snapshot, { ...layout, targets })).apps;
    rows.push(...part);
    first.push(...(await Promise.all(part.map((row) => {
      const probe = new HistoryProbe(asked);
      return appDrift(row, layout, facts, quiet, probe).then((items) => ({ items, probe }));
    }))));
  }
  const matrix: Matrix = { envs: layout.envs.map((e) => e.name), apps: rows };
  const history = await ContentHistory.load(git, head, [...asked]);
  const perApp = await eachApp(matrix, Boolean(opts.live), (row, i) => {
    const f = first[i] as (typeof first)[number];
    return opts.live || f.probe.asked ? appDrift(row, layout, facts, opts, history) : Promise.resolve(f.items);
  });
  return { matrix, drift: perApp.flat() };
}

/** The targets (grouped by app, as a layout keeps them) in runs of at most `size` apps. */
function* appSlices(targets: readonly Target[], size: number): Generator<Target[]> {
  let start = 0;
  let apps = 0;
  for (let i = 0; i < targets.length; i++) {
    if (i > 0 && targets[i]?.app !== targets[i - 1]?.app && ++apps === size) {
      yield targets.slice(start, i);
      start = i;
      apps = 0;
    }
  }
  if (start < targets.length) yield targets.slice(start);
}

/**
 * Every app, in matrix order. Their blob reads reach git in batches (one at a time, 20,000 apps cost 20,000
 * writes); with live endpoints one app at a time, as before, never a burst of requests.
 */
async function eachApp<T>(
  matrix: Matrix, oneByOne: boolean, f: (row: Matrix['apps'][number], i: number) => Promise<T>,
): Promise<T[]> {
  const out: T[] = [];
  const step = oneByOne ? 1 : SLICE;
  for (let i = 0; i < matrix.apps.length; i += step) {
    const slice = matrix.apps.slice(i, i + step);
    out.push(...(await Promise.all(slice.map((row, j) => f(row, i + j)))));
  }
  return out;
}

async function appDrift(
  row: Matrix['apps'][number], layout: Layout, facts: DriftFacts, opts: DriftOptions, history: FileHistory,
): Promise<DriftItem[]> {
  const drift: DriftItem[] = [];
  for (const env of layout.envs) {
    const cells = row.cells[env.name] ?? [];
    for (const c of cells.filter((x) => x.problem)) {
      drift.push({ kind: 'unreadable', ...cellAt(row.app, env.name, c), message: c.problem as string });
    }
    const ok = cells.filter((c) => !c.problem);
    if (!ok.length) continue;
    const versions = [...new Set(ok.map((c) => c.version ?? 'none'))];
    if (versions.length > 1 && !env.staggered) {
      const each = ok.map((c) => `${c.region ?? c.file}: ${c.version ?? 'none'}`).join(', ');
      const first = { app: row.app, env: env.name, file: ok[0]?.file, line: ok[0]?.line };
      drift.push({ kind: 'regions-disagree', ...first, message: `regions run different versions: ${each}` });
    }
    const prev = previousEnv(layout, env);
    if (prev) {
      const prevCells = row.cells[prev.name] ?? [];
      const envs = { env: env.name, prev: prev.name };
      drift.push(...(await previousEnvDrift(facts, history, row.app, envs, ok, prevCells, opts)));
    }
    if (opts.live) drift.push(...(await liveDrift(opts.live, row.app, env.name, ok)));
  }
  return drift;
}

async function previousEnvDrift(
  f: DriftFacts, history: FileHistory, app: string, envs: { env: string; prev: string }, ok: CellEntry[],
  prevAll: CellEntry[], opts: DriftOptions,
): Promise<DriftItem[]> {
  const { env, prev } = envs;
  const out: DriftItem[] = [];
  const prevCells = prevAll.filter((c) => !c.problem);
  if (!prevCells.length) return out;
  const prevTargets = f.targets(app, prev);
  for (const c of ok) {
    const t = f.target(c.file);
    if (!t) continue;
    const missing: string[] = [];
    for (const image of await f.imagesNow(t)) if (!(await f.prevRan(prevTargets, image, history))) missing.push(image);
    if (missing.length) {
      const runs = [...new Set(prevCells.map((p) => p.version ?? 'none'))].join(', ');
      const message = `${env} runs ${missing.join(', ')}, which ${prev} never ran `
        + `(by the content of its files on this branch; it runs ${runs})`;
      out.push({ kind: 'never-in-previous', ...cellAt(app, env, c), message });
    }
  }
  if (opts.behindAfterMs === undefined) return out;
  const prevVersion = prevCells[0]?.version;
  const mine = ok[0]?.version;
  const newer = prevVersion && mine && prevCells.every((p) => p.version === prevVersion) ? compareVersions(prevVersion, mine) : undefined;
  const since = newer !== undefined && newer > 0
    ? await f.versionSince(prevTargets, prevVersion as string, history) : undefined;
  if (since && opts.now.getTime() - Date.parse(since) > opts.behindAfterMs) {
    const ran = formatDuration(opts.now.getTime() - Date.parse(since));
    const message = `${env} runs ${mine}; ${prev} has run ${prevVersion} for ${ran}`;
    out.push({ kind: 'behind', app, env, file: ok[0]?.file, line: ok[0]?.line, message });
  }
  return out;
}

async function liveDrift(live: NonNullable<DriftOptions['live']>, app: string, env: string, ok: CellEntry[]): Promise<DriftItem[]> {
  const out: DriftItem[] = [];
  for (const c of ok) {
    const got = await live(app, env, c.region);
    if (!got) continue;
    const at = { kind: 'live-mismatch' as const, ...cellAt(app, env, c) };
    if (got.error) out.push({ ...at, message: `could not read the live version: ${got.error}` });
    else if (!sameVersion(got.version, c.version)) {
      out.push({ ...at, message: `git says ${c.version ?? 'none'}, the live service reports ${got.version ?? 'nothing'}` });
    }
  }
  return out;
}

/** Where a finding about one cell points. */
function cellAt(app: string, env: string, c: CellEntry): Pick<DriftItem, 'app' | 'env' | 'region' | 'file' | 'line'> {
  return { app, env, region: c.region, file: c.file, line: c.line };
}
