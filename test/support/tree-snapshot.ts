// An in-memory RepoSnapshot that knows git modes: regular files and symlinks (mode 120000, whose text is the link
// target, as `git cat-file` shows a symlink's blob). memorySnapshot (memory-repo.ts) has no modes, so it cannot
// play a directory replaced by a symlink; this can. Reads are counted so tests can see what was read how often.
import { createHash } from 'node:crypto';
import { UserError, quote } from '../../src/core/errors.js';
import type { RepoSnapshot } from '../../src/core/repo-snapshot.js';
import { Tree } from '../../src/core/deploy/tree.js';

/** A symlink entry: its target as git stores it (relative or absolute, not checked). */
export interface LinkEntry { link: string }
export type TreeEntry = string | LinkEntry;
export type TreeMap = Readonly<Record<string, TreeEntry>>;

export const link = (target: string): LinkEntry => ({ link: target });

export interface CountingSnapshot extends RepoSnapshot {
  /** How often each path was read, for "visited once" checks. */
  readonly reads: Map<string, number>;
}

const textOf = (e: TreeEntry): string => (typeof e === 'string' ? e : e.link);
const modeOf = (e: TreeEntry): string => (typeof e === 'string' ? '100644' : '120000');

/** A snapshot of these entries; read() of a symlink gives its target; blob ids hash mode and text like git does. */
export function treeSnapshot(entries: TreeMap, commit?: string): CountingSnapshot {
  const map = new Map(Object.entries(entries));
  const reads = new Map<string, number>();
  return {
    commit,
    reads,
    files: [...map.keys()].sort(),
    read: async (path: string): Promise<string> => {
      reads.set(path, (reads.get(path) ?? 0) + 1);
      const e = map.get(path);
      if (e === undefined) throw new UserError(`${quote(path)} is not in the repository`, path);
      return textOf(e);
    },
    mode: (path: string): string | undefined => {
      const e = map.get(path);
      return e === undefined ? undefined : modeOf(e);
    },
    blobId: (path: string): string | undefined => {
      const e = map.get(path);
      return e === undefined ? undefined : createHash('sha1').update(`${modeOf(e)}\0${textOf(e)}`).digest('hex');
    },
  };
}

/** A Tree over treeSnapshot(entries): the view the closure walker takes of a repository. */
export const treeOf = (entries: TreeMap): Tree => new Tree(treeSnapshot(entries));
