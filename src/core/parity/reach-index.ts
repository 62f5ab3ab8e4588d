// Which overlays a change can reach, found without parsing every kustomization in the repository: a reference
// names what it reaches. To reach a directory or file X from outside X's parent, a reference's line must name X's
// parent and X (`../../web/base`); from inside the parent, it names X; to reach an ancestor of itself it needs
// `..`. So the overlays that can read a changed file are found from the changed files outward, by text search,
// round after round, and only those are assessed. Whatever text the search cannot reason about (YAML escapes,
// aliases, tags, symlinks anywhere) makes every overlay a candidate: the shortcut never decides a verdict.
import { posix } from 'node:path';
import { KUSTOMIZATION_FILES } from '../deploy/closure.js';
import type { Tree } from '../deploy/tree.js';

/** Files, of `files`, with a line holding every string of one of `groups` (groups are alternatives). */
export interface LineQuery { groups: readonly (readonly string[])[]; files: readonly string[] }

/** Answers several queries at once (one pass over the files they share): a set of hits per query, in order. */
export type LineSearch = (queries: readonly LineQuery[]) => Promise<Set<string>[]>;

// Aliases and merge keys only repeat text that is in the file; escapes, tags (!!binary) and directives can spell
// a path that is not.
const TRICKY = ['\\', '!', '%'];

const isKustomization = (f: string): boolean => KUSTOMIZATION_FILES.includes(posix.basename(f));
const parentOf = (p: string): string => (p.includes('/') ? posix.dirname(p) : '');

function ancestorsOf(p: string): string[] {
  const out: string[] = [];
  for (let d = parentOf(p); ; d = parentOf(d)) {
    out.push(d);
    if (d === '') return out;
  }
}

/** Kustomization directories whose load closure may contain a touched path; undefined: every one may. */
export async function reachableDirs(trees: readonly Tree[], touched: ReadonlySet<string>, search: LineSearch): Promise<Set<string> | undefined> {
  if (trees.some((t) => t.hasLinks())) return undefined;
  const kfiles = [...new Set(trees.flatMap((t) => t.snap.files.filter(isKustomization)))].sort();
  const kdirs = new Set(kfiles.map(parentOf));
  const found = new Set<string>();
  for (const f of touched) for (const a of [f, ...ancestorsOf(f)]) if (kdirs.has(a) && !found.has(a)) found.add(a);
  let frontier = new Set([...touched, ...found]);
  // The first round also asks whether any kustomization holds text the search cannot reason about.
  let tricky: LineQuery | undefined = { groups: TRICKY.map((s) => [s]), files: kfiles };
  for (let round = 0; frontier.size; round++) {
    if (found.has('') || round > 50) return undefined;
    const queries = referencing([...frontier], kfiles);
    const hits = await search(tricky ? [...queries, tricky] : queries);
    if (tricky && (hits.pop() as Set<string>).size) return undefined;
    tricky = undefined;
    frontier = new Set([...hits.flatMap((h) => [...h])].map(parentOf).filter((d) => !found.has(d)));
    for (const d of frontier) found.add(d);
  }
  return found;
}

/** What to search for kustomizations that may reference one of `things` (paths of files or directories). */
function referencing(things: string[], kfiles: readonly string[]): LineQuery[] {
  const far: string[][] = [];
  const near: string[][] = [];
  const nearFiles = new Set<string>();
  const below = new Set<string>();
  for (const x of things) {
    const parent = parentOf(x);
    const name = posix.basename(x);
    far.push(parent ? [posix.basename(parent), name] : [name]);
    near.push([name]);
    for (const k of under(kfiles, parent)) nearFiles.add(k);
    for (const k of under(kfiles, x)) below.add(k); // may reach x, its ancestor, through ..
  }
  const unique = (gs: string[][]): string[][] => [...new Map(gs.map((g) => [g.join('\0'), g])).values()];
  return [
    { groups: unique(far), files: kfiles },
    { groups: unique(near), files: [...nearFiles] },
    { groups: [['..']], files: [...below] },
  ];
}

/** The entries of a sorted list below dir (all of them for the root), by binary search. */
function under(sorted: readonly string[], dir: string): string[] {
  if (dir === '') return [...sorted];
  const prefix = `${dir}/`;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as string) < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let i = lo; i < sorted.length && (sorted[i] as string).startsWith(prefix); i++) out.push(sorted[i] as string);
  return out;
}

/** Whether a line holds every string of some group. */
export const lineMatches = (line: string, groups: LineQuery['groups']): boolean =>
  groups.some((g) => g.every((x) => line.includes(x)));

/** The search without git: reads each file and tests its lines (the unit tests' fake repositories). */
export function textLineSearch(trees: readonly Tree[]): LineSearch {
  return async (queries) => {
    const out: Set<string>[] = [];
    for (const q of queries) {
      const hits = new Set<string>();
      for (const f of q.groups.length ? q.files : []) {
        for (const t of trees) {
          if (!t.exists(f)) continue;
          const text = await t.snap.read(f).catch(() => '');
          if (text.split(/\r?\n/).some((line) => lineMatches(line, q.groups))) hits.add(f);
        }
      }
      out.push(hits);
    }
    return out;
  };
}
