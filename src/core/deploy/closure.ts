// The load closure of an overlay: every file kustomize may read to build it, found by following resources, bases,
// components, patches, generators and the rest, through symlinks, inside the repository. A change anywhere in it can
// change what the overlay deploys; a change outside it cannot.
import { posix } from 'node:path';
import { UserError } from '../errors.js';
import { parseKustomization, type Kustomization, type Reference } from './kustomization.js';
import { normal, type Resolved, type Tree } from './tree.js';

/** kustomize's konfig.RecognizedKustomizationFileNames, in its order. */
export const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

/** invalid: a file that does not parse (the renderer would fail too); outside: a path that leaves the repository. */
export interface Finding { file: string; line: number; message: string; invalid?: boolean; outside?: boolean }

export interface Closure {
  dir: string;
  /** The root kustomization file as found, after symlinks. */
  rootFile?: string;
  /** Every path kustomize may read: files below each kustomization directory, referenced files, symlinks. */
  files: Set<string>;
  kustomizations: Map<string, Kustomization>;
  remote: Finding[];
  helm: Finding[];
  /** What would make the renderer fail: missing or escaping paths, files that do not parse, ambiguous names. */
  problems: Finding[];
}

// kustomize 5 (api/internal/git/repospec.go) reads these as remote; gitlab.com/… without a scheme is a local path.
const REMOTE = /^([a-z][a-z0-9+.-]*:\/\/|git@|git::|github\.com\/)/i;

export async function loadClosure(tree: Tree, dir: string): Promise<Closure> {
  const c: Closure = { dir, files: new Set(), kustomizations: new Map(), remote: [], helm: [], problems: [] };
  const seen = new Set<string>();
  const root = await visit(tree, c, { seen, stack: new Set() }, normal(dir), { file: dir, line: 1 });
  c.rootFile = root;
  return c;
}

/** Directories visited (each is read once) and the ones on the current path (to see a cycle, as kustomize does). */
interface Walk { seen: Set<string>; stack: Set<string> }

/** Where a directory was reached from: the reference that names it. */
type From = { file: string; line: number };

/** Resolves a path; the symlinks followed on the way are read by the renderer too, so they join the closure. */
async function resolveInto(tree: Tree, c: Closure, p: string): Promise<Resolved> {
  const r = await tree.resolve(p);
  for (const l of r.links) c.files.add(l);
  return r;
}

async function visit(tree: Tree, c: Closure, w: Walk, dir: string, from: From): Promise<string | undefined> {
  const r = await resolveInto(tree, c, dir);
  if (r.path === undefined) {
    c.problems.push({ ...from, message: `symlink ${r.outside} leaves the repository`, outside: true });
    return undefined;
  }
  const real = r.path;
  const found = KUSTOMIZATION_FILES.map((f) => (real ? `${real}/${f}` : f)).filter((f) => tree.exists(f));
  if (found.length !== 1) {
    const what = found.length ? `more than one kustomization file (${found.join(', ')})`
      : `no kustomization file in ${real || '.'}`;
    c.problems.push({ ...from, message: `${what}; expected exactly one of ${KUSTOMIZATION_FILES.join(', ')}` });
    return undefined;
  }
  const file = found[0] as string;
  if (w.stack.has(real)) {
    c.problems.push({ ...from, message: `a cycle of kustomizations reaches ${real} again (kustomize refuses it)` });
    return file;
  }
  if (w.seen.has(real)) return file;
  w.seen.add(real);
  for (const f of tree.filesUnder(real)) c.files.add(f);
  const fr = await resolveInto(tree, c, file);
  if (fr.path === undefined || !tree.isFile(fr.path) || (real && !fr.path.startsWith(`${real}/`))) {
    const message = `symlink ${fr.outside ?? file} does not lead to a file in the repository`;
    c.problems.push({ file, line: 1, message, outside: fr.outside !== undefined });
    return file;
  }
  c.files.add(fr.path);
  let k: Kustomization;
  try {
    k = parseKustomization(await tree.snap.read(fr.path), file);
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    c.problems.push({ file: e.file ?? file, line: e.line ?? 1, message: e.message, invalid: true });
    return file;
  }
  c.kustomizations.set(file, k);
  if (k.helm) {
    const message = 'helmCharts: charts are fetched and rendered by Helm, outside the repository';
    c.helm.push({ file, line: 1, message });
  }
  w.stack.add(real);
  for (const ref of k.refs) await follow(tree, c, w, real, file, ref);
  w.stack.delete(real);
  return file;
}

async function follow(tree: Tree, c: Closure, w: Walk, dir: string, file: string, ref: Reference): Promise<void> {
  const at = { file, line: ref.line };
  if (REMOTE.test(ref.path)) {
    c.remote.push({ ...at, message: `${ref.field} names the remote ${ref.path}` });
    return;
  }
  const p = normal(posix.join(dir, ref.path));
  if (p.startsWith('..')) {
    c.problems.push({ ...at, message: `${ref.field} names ${ref.path}, which leaves the repository`, outside: true });
    return;
  }
  const r = await resolveInto(tree, c, p);
  if (r.path === undefined) {
    const message = `${ref.field} ${ref.path}: symlink ${r.outside} leaves the repository`;
    c.problems.push({ ...at, message, outside: true });
  } else if (tree.isFile(r.path)) {
    c.files.add(r.path);
    // kustomize's default load restrictor reads files only from inside the kustomization's own directory.
    if (dir && !r.path.startsWith(`${dir}/`)) {
      const message = `${ref.field} names ${ref.path}, outside ${dir} (kustomize's load restrictor refuses it)`;
      c.problems.push({ ...at, message });
    }
  } else if (tree.isDir(r.path) && ref.kind !== 'file') {
    await visit(tree, c, w, r.path, at);
  } else if (ref.field !== 'patchesStrategicMerge') {
    // kustomize reads a patchesStrategicMerge entry that is no file as an inline patch (FixKustomization).
    c.problems.push({ ...at, message: `${ref.field} names ${ref.path}, which is not in the repository` });
  }
}
