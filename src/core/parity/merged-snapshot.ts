// The repository as merging the change would leave it: the files the change touches as the head has them (or
// gone, when it deletes them), every other file as the base branch has it now. A PR behind its base is judged on
// what it would deploy after merging, not on the stale files it branched from.
import type { RepoSnapshot } from '../repo-snapshot.js';

export function mergedSnapshot(base: RepoSnapshot, head: RepoSnapshot, touched: ReadonlySet<string>): RepoSnapshot {
  const headFiles = new Set(head.files);
  const files = [...base.files.filter((f) => !touched.has(f)), ...[...touched].filter((f) => headFiles.has(f))];
  const from = (p: string): RepoSnapshot => (touched.has(p) ? head : base);
  return {
    commit: head.commit,
    files: [...new Set(files)].sort(),
    read: (p) => from(p).read(p),
    mode: (p) => from(p).mode?.(p),
    blobId: (p) => from(p).blobId?.(p),
  };
}
