// Which overlays a change can reach, found without parsing every kustomization in the repository: a reference
// names what it reaches. To reach a directory or file X from outside X's parent, a reference's line must name X's
// parent and X (`../../web/base`); from inside the parent, it names X; to reach an ancestor of itself it needs
// `..`. So the overlays that can read a changed file are found from the changed files outward, by text search,
// round after round, and only those are assessed. Aliases and merge keys only repeat text that is in the file, but
// escapes, tags (`!!binary`) and directives can spell a path that is not: a file with those, or a symlink anywhere,
// makes every overlay a candidate. The shortcut never decides a verdict; it only skips overlays that cannot move.
import { posix } from 'node:path';
import { KUSTOMIZATION_FILES } from '../deploy/closure.js';
import type { Tree } from '../deploy/tree.js';

export type Groups = readonly (readonly string[])[];

/** Where the search reads: the base tree's kustomizations in bulk, and the few files the change touched. */
export interface LineSource {
  /** The lines of the base tree's kustomization files holding every string of some group, by path. */
  grepBase(groups: Groups): Promise<Map<string, string[]>>;
  /** A kustomization's text as the merged state has it. */
  text(path: string): Promise<string>;
}

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

export const hasLine = (text: string, groups: Groups): boolean =>
  text.split('\n').some((line) => groups.some((g) => g.every((s) => line.includes(s))));

interface Search { kfiles: readonly string[]; touched: readonly string[]; src: LineSource }

/**
 * Files among all kustomizations with a line matching each set of groups: ONE bulk search of base for all sets
 * (reading every blob is the cost), the touched files read here.
 */
async function searchAll(s: Search, sets: readonly Groups[]): Promise<Set<string>[]> {
  const lines = await s.src.grepBase(sets.flat());
  const out = sets.map((groups) => new Set([...lines].filter(([, ls]) => ls.some((l) => hasLine(l, groups))).map(([f]) => f)));
  for (const f of s.touched) {
    const text = await s.src.text(f).catch(() => '');
    sets.forEach((groups, i) => {
      out[i]?.delete(f);
      if (hasLine(text, groups)) out[i]?.add(f);
    });
  }
  return out;
}

async function searchFew(s: Search, groups: Groups, files: Iterable<string>): Promise<Set<string>> {
  const hits = new Set<string>();
  for (const f of files) if (hasLine(await s.src.text(f).catch(() => ''), groups)) hits.add(f);
  return hits;
}

/** Kustomization directories whose load closure may contain a touched path; undefined: every one may. */
export async function reachableDirs(after: Tree, base: Tree, touched: ReadonlySet<string>, src: LineSource): Promise<Set<string> | undefined> {
  if ([after, base].some((t) => t.snap.files.some((f) => t.isLink(f)))) return undefined;
  const kfiles = [...new Set([...after.snap.files, ...base.snap.files].filter(isKustomization))].sort();
  const s: Search = { kfiles, touched: kfiles.filter((f) => touched.has(f) && after.exists(f)), src };
  const kdirs = new Set(kfiles.map(parentOf));
  const found = new Set<string>();
  for (const f of touched) for (const a of [f, ...ancestorsOf(f)]) if (kdirs.has(a)) found.add(a);
  let frontier = new Set([...touched, ...found]);
  for (let round = 0; frontier.size; round++) {
    if (found.has('') || round > 50) return undefined;
    // The first round's bulk search also looks for text it cannot reason about.
    const next = await referencing([...frontier], s, round === 0 ? TRICKY.map((c) => [c]) : undefined);
    if (!next) return undefined;
    frontier = new Set([...next].filter((d) => !found.has(d)));
    for (const d of frontier) found.add(d);
  }
  return found;
}

/** Directories of kustomizations that may reference one of `things`; undefined when a file holds `tricky` text. */
async function referencing(things: string[], s: Search, tricky?: Groups): Promise<Set<string> | undefined> {
  const far: string[][] = [];
  const near: string[][] = [];
  const nearFiles = new Set<string>();
  const below = new Set<string>();
  for (const x of things) {
    const parent = parentOf(x);
    const name = posix.basename(x);
    far.push(parent ? [posix.basename(parent), name] : [name]);
    near.push([name]);
    for (const k of under(s.kfiles, parent)) nearFiles.add(k);
    for (const k of under(s.kfiles, x)) below.add(k); // may reach x, its ancestor, through ..
  }
  const [farHits, trickyHits] = await searchAll(s, tricky ? [far, tricky] : [far]);
  if (trickyHits?.size) return undefined;
  const hits = new Set([
    ...(farHits as Set<string>), ...(await searchFew(s, near, nearFiles)), ...(await searchFew(s, [['..']], below)),
  ]);
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

/** The search without git grep: reads every base kustomization (the unit tests' fake repositories). */
export function treeLineSource(base: Tree, after: Tree): LineSource {
  return {
    grepBase: async (groups) => {
      const hits = new Map<string, string[]>();
      for (const f of base.snap.files.filter(isKustomization)) {
        const lines = (await base.snap.read(f).catch(() => '')).split('\n').filter((l) => hasLine(l, groups));
        if (lines.length) hits.set(f, lines);
      }
      return hits;
    },
    text: (path) => after.snap.read(path),
  };
}
