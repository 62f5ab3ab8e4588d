// Which overlays a change can reach, found without parsing every kustomization in the repository: a reference
// names what it reaches. To reach a directory or file X from outside X's parent, a reference's line must name X's
// parent and X (`../../web/base`); from inside the parent, it names X; to reach an ancestor of itself it needs
// `..`. So the overlays that can read a changed file are found from the changed files outward, by text search,
// round after round, and only those are assessed. Whatever text the search cannot reason about (YAML escapes,
// aliases, tags, symlinks anywhere) makes every overlay a candidate: the shortcut never decides a verdict.
import { posix } from 'node:path';
import { KUSTOMIZATION_FILES } from '../deploy/closure.js';
import type { Tree } from '../deploy/tree.js';

/** Lines that hold every string of one group (groups are alternatives): the files, of those given, that have one. */
export type LineSearch = (groups: readonly (readonly string[])[], files: readonly string[]) => Promise<Set<string>>;

const TRICKY = ['\\', '*', '&', '!', '<<', '%'];

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
  if (trees.some((t) => t.snap.files.some((f) => t.isLink(f)))) return undefined;
  const kfiles = [...new Set(trees.flatMap((t) => t.snap.files.filter(isKustomization)))].sort();
  if ((await search(TRICKY.map((s) => [s]), kfiles)).size) return undefined;
  const kdirs = new Set(kfiles.map(parentOf));
  const found = new Set<string>();
  let frontier = new Set<string>();
  for (const f of touched) for (const a of [f, ...ancestorsOf(f)]) if (kdirs.has(a) && !found.has(a)) found.add(a);
  frontier = new Set([...touched, ...found]);
  for (let round = 0; frontier.size; round++) {
    if (found.has('') || round > 50) return undefined;
    const next = await referencing([...frontier], kfiles, search);
    frontier = new Set([...next].filter((d) => !found.has(d)));
    for (const d of frontier) found.add(d);
  }
  return found;
}

/** Directories of kustomizations that may reference one of `things` (paths of files or directories). */
async function referencing(things: string[], kfiles: readonly string[], search: LineSearch): Promise<Set<string>> {
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
  const hits = new Set([...(await search(far, kfiles)), ...(await search(near, [...nearFiles])), ...(await search([['..']], [...below]))]);
  return new Set([...hits].map(parentOf));
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

/** The search without git: reads each file and tests its lines (the unit tests' fake repositories). */
export function textLineSearch(trees: readonly Tree[]): LineSearch {
  return async (groups, files) => {
    const hits = new Set<string>();
    for (const f of files) {
      for (const t of trees) {
        if (!t.exists(f)) continue;
        const text = await t.snap.read(f).catch(() => '');
        if (text.split(/\r?\n/).some((line) => groups.some((g) => g.every((s) => line.includes(s))))) hits.add(f);
      }
    }
    return hits;
  };
}
