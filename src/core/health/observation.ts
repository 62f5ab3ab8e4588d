// What one look at one target says, and how the looks of one sample combine.

/**
 * pass: healthy and at the promoted version/commit. pending: not rolled out yet (old version, OutOfSync, rollout in
 * progress): keep waiting, not a failure. fail: broken (bad status, degraded, TLS or connection error, failure
 * condition true): counts against failure-limit. inconclusive: no verdict possible (no data, NaN).
 * error: could not decide and waiting will not help (a refused or expired token, an app that is not found or not
 * permitted, an unreachable control plane, a query that does not parse, a condition that errors): the run stops
 * with the verdict unknown, never unhealthy, so nothing is rolled back on it.
 */
export type Verdict = 'pass' | 'pending' | 'fail' | 'inconclusive' | 'error';

export interface Observation {
  verdict: Verdict;
  /** One line of evidence: "status 200, version v1.2.3", "result 0.97: success condition result >= 0.95 is true". */
  detail: string;
  /** For pending: what is awaited, completing "waiting for <target> …", e.g. "to report v1.2.3 (now v1.2.2)". */
  waiting?: string;
  /** A metric value (first sample), for the sparkline; NaN when the value is NaN, undefined when there is none. */
  value?: number;
  /** The version the target reports (http version field, Deployment image tag). */
  version?: string;
  /**
   * Will not get better by waiting: stop now. A fatal fail is unhealthy at once (a rollout past its deadline, an
   * aborted Rollout, a failed sync of the commit); a fatal error is unknown at once (a refused token, a bad query).
   */
  fatal?: boolean;
  /** Pending on a person (a paused Rollout): still so at the timeout is unknown, not unhealthy. */
  paused?: boolean;
}

const ORDER: Verdict[] = ['error', 'fail', 'pending', 'inconclusive', 'pass'];

/** A sample's verdict: any error; else any fail; else any pending; else any inconclusive; else pass. */
export function combine(obs: readonly Observation[]): Verdict {
  for (const v of ORDER) if (obs.some((o) => o.verdict === v)) return v;
  return 'pass';
}

/** Versions are compared as written, except that a leading "v" is ignored (tag v1.2.3, app reports 1.2.3). */
export function sameVersion(a: string, b: string): boolean {
  return a === b || a.replace(/^v/, '') === b.replace(/^v/, '');
}

/** Does a GitOps revision (main@sha1:<sha>, main/<sha>, <sha>) name this commit (full or abbreviated)? */
export function revisionHasCommit(revision: string, commit: string): boolean {
  const c = commit.toLowerCase();
  if (c.length < 7) return false;
  for (const m of revision.toLowerCase().matchAll(/[0-9a-f]{7,64}/g)) {
    const h = m[0];
    if (h.startsWith(c) || c.startsWith(h)) return true;
  }
  return false;
}

export const short = (sha: string): string => (/^[0-9a-f]{12,}$/i.test(sha) ? sha.slice(0, 12) : sha);

/** A message's first line, at most n characters. */
export function oneLine(s: string, n = 200): string {
  const line = s.replace(/\s+/g, ' ').trim();
  return line.length > n ? `${line.slice(0, n - 1)}…` : line;
}
