// Files named by paths or globs that must stay inside the workspace, as actions/checkout keeps its `path` under
// GITHUB_WORKSPACE: a pattern that leads out (`../x`, `/etc/*`) or a match that is a symlink out is refused, so a
// step reads nothing the job did not put in its workspace. Globs use node:fs globSync (Node 22+; actions run 24).
import { globSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { UserError, quote } from '../core/errors.js';

export interface WorkspaceFile {
  /** The real path, to read. */
  path: string;
  /** Relative to the workspace, for messages. */
  name: string;
}

const GLOB = /[*?[\]{}]/;
const inside = (root: string, p: string): boolean => p === root || p.startsWith(root + sep);

function realFile(root: string, label: string, pattern: string, candidate: string): WorkspaceFile {
  const name = relative(root, candidate) || '.';
  let real: string;
  try {
    real = realpathSync(candidate);
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code ?? String(e);
    const what = name === pattern ? quote(name) : `${quote(name)} (from ${quote(pattern)})`;
    throw new UserError(`${label}: cannot read ${what}: ${why}; expected a file`);
  }
  if (!inside(root, real)) {
    throw new UserError(`${label}: ${quote(name)} is a symlink to ${quote(real)}, outside the workspace `
      + `${quote(root)}; expected files inside it`);
  }
  if (!statSync(real).isFile()) throw new UserError(`${label}: ${quote(name)} is not a file; expected a file`);
  return { path: real, name };
}

/** Every file the patterns name, once each, in the order given (each glob's matches sorted). */
export function workspaceFiles(patterns: readonly string[], workspace: string, label: string): WorkspaceFile[] {
  const root = realpathSync(workspace);
  const out = new Map<string, WorkspaceFile>();
  for (const pattern of patterns) {
    const full = resolve(root, pattern);
    if (!inside(root, full)) {
      throw new UserError(`${label}: ${quote(pattern)} is outside the workspace ${quote(root)}; `
        + 'expected a path or glob inside it');
    }
    const rel = relative(root, full);
    const matches = GLOB.test(rel) ? globSync(rel, { cwd: root }).sort() : [rel];
    if (!matches.length) throw new UserError(`${label}: ${quote(pattern)} matches no file; expected at least one`);
    for (const m of matches) {
      const f = realFile(root, label, pattern, isAbsolute(m) ? m : resolve(root, m));
      if (!out.has(f.path)) out.set(f.path, f);
    }
  }
  return [...out.values()];
}
