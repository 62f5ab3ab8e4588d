// What each file held on the base branch over time, from the content of its first-parent history: what was pushed
// there is what deployed. Trailers label commits for people; they are never evidence here.
import type { GitPort, HistoryCommit } from '../ports.js';

/** One stretch of a file's life: from `date` (the commit that wrote it) until the next version. */
export interface FileVersion { blob?: string; sha: string; date: string }

/** What the judges read of a history: one file's versions, oldest first. */
export interface FileHistory { of(path: string): readonly FileVersion[] }

/**
 * A history that holds nothing and notes every path asked of it: a first pass over questions that the present
 * mostly answers finds which files' pasts are needed at all, so only those are walked.
 */
export class HistoryProbe implements FileHistory {
  asked = false;

  constructor(private readonly paths: Set<string>) {}

  of(path: string): readonly FileVersion[] {
    this.paths.add(path);
    this.asked = true;
    return [];
  }
}

export class ContentHistory implements FileHistory {
  /** Per path, oldest first; the last entry is what the branch holds now. */
  private readonly versions = new Map<string, FileVersion[]>();

  constructor(commits: readonly HistoryCommit[]) {
    for (let i = commits.length - 1; i >= 0; i--) {
      const c = commits[i] as HistoryCommit;
      for (const ch of c.changes) {
        let list = this.versions.get(ch.path);
        if (!list) this.versions.set(ch.path, (list = []));
        list.push({ blob: ch.blob, sha: c.sha, date: c.committerDate });
      }
    }
  }

  static async load(git: GitPort, ref: string, paths: readonly string[]): Promise<ContentHistory> {
    const want = new Set(paths);
    if (!want.size) return new ContentHistory([]);
    // The port may return changes of other paths too (its cheapest route decides): only the wanted ones are kept.
    const commits = await git.firstParentChanges(ref, [...want].sort());
    return new ContentHistory(commits.map((c) => ({ ...c, changes: c.changes.filter((ch) => want.has(ch.path)) })));
  }

  of(path: string): readonly FileVersion[] {
    return this.versions.get(path) ?? [];
  }
}

export type ImagesOf = (path: string, blob: string) => Promise<ReadonlySet<string> | undefined>;

/** The first commit of a file's history that held `image`, or undefined. */
export async function firstHeld(h: FileHistory, path: string, image: string, imagesOf: ImagesOf): Promise<FileVersion | undefined> {
  for (const v of h.of(path)) if (v.blob && (await imagesOf(path, v.blob))?.has(image)) return v;
  return undefined;
}

/**
 * Since when the file has held `image` without a break, up to now: the commit that started the current stretch.
 * Undefined when the file does not hold it now (or its history cannot show it).
 */
export async function heldSince(h: FileHistory, path: string, image: string, imagesOf: ImagesOf): Promise<FileVersion | undefined> {
  const vs = h.of(path);
  let since: FileVersion | undefined;
  for (let i = vs.length - 1; i >= 0; i--) {
    const v = vs[i] as FileVersion;
    if (!v.blob || !(await imagesOf(path, v.blob))?.has(image)) break;
    since = v;
  }
  return since;
}
