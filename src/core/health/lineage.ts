// "At the promotion commit" means what the GitOps agent synced or applied is that commit or one after it: when
// another commit lands on the branch before Argo CD or Flux syncs, the agent goes straight to the newer commit,
// which carries the promotion. Whether it does is a question for the config repository's history
// (`git merge-base --is-ancestor`), asked through a port; the checks themselves stay pure.
import { revisionHasCommit, type Observation } from './observation.js';

/**
 * at: the revision is the commit. after: it descends from it (carries the promotion). other: it does not (older,
 * or another line of history). unknown: no commit in the revision (a chart version, an OCI digest), or history
 * cannot tell (the commit is not in the clone, even after fetching).
 */
export type Relation = 'at' | 'after' | 'other' | 'unknown';

export interface LineagePort {
  /** Does `descendant` contain `ancestor` (full shas)? undefined when the clone lacks one of them. */
  contains(descendant: string, ancestor: string): Promise<boolean | undefined>;
}

/** How each revision of a status stands to the commit, looked up after `relations` resolved them. */
export type Relate = (revision: string | undefined) => Relation;

export const carries = (r: Relation): boolean => r === 'at' || r === 'after';

/**
 * The git commit of a GitOps revision: Flux's `main@sha1:<sha>` (and `<tag>@sha1:<sha>`), the older `main/<sha>`,
 * or Argo CD's plain `<sha>`. undefined for an OCI digest (`latest@sha256:…`), a chart version, or nothing.
 */
export function commitOf(revision: string | undefined): string | undefined {
  if (!revision) return undefined;
  const r = revision.trim().toLowerCase();
  const m = /(?:^|@)sha1:([0-9a-f]{40})$/.exec(r) ?? /^(?:[^@]*\/)?([0-9a-f]{40})$/.exec(r);
  return m?.[1];
}

async function relationOf(revision: string, commit: string, lineage: LineagePort | undefined): Promise<Relation> {
  if (revisionHasCommit(revision, commit)) return 'at';
  const sha = commitOf(revision);
  if (!sha || !lineage || !/^[0-9a-f]{40}$/.test(commit)) return 'unknown';
  const contains = await lineage.contains(sha, commit);
  return contains === undefined ? 'unknown' : contains ? 'after' : 'other';
}

/** Resolves every revision once (a status names a few), then answers synchronously. */
export async function relations(
  revisions: readonly (string | undefined)[], commit: string, lineage?: LineagePort,
): Promise<Relate> {
  const known = new Map<string, Relation>();
  for (const r of new Set(revisions)) if (r) known.set(r, await relationOf(r, commit, lineage));
  return (r) => (r ? known.get(r) ?? 'unknown' : 'unknown');
}

/**
 * A synced revision that history cannot place (no clone, or the commit could not be fetched): no verdict from this
 * look, so a run that ends so is unknown, not unhealthy.
 */
export const untold = (now: string, commit: string): Observation =>
  ({ verdict: 'inconclusive', detail: `${now}; the config repository cannot tell whether this carries ${commit}` });

/** For evaluating a status without history (unit tests, no clone): only the commit itself counts. */
export const byEquality = (commit: string): Relate => (r) =>
  (r && revisionHasCommit(r, commit) ? 'at' : r && commitOf(r) ? 'other' : 'unknown');
