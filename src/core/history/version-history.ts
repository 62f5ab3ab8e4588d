// Which versions each app ran in each environment, and since when, from promotion and rollback trailers.
import { sameEnv } from '../config/environments.js';
import { sameVersion } from '../policy/versions.js';
import type { PromotionRecord } from './promotions.js';

export interface VersionEvent { version: string; since: string; sha: string; kind: PromotionRecord['kind'] }

export class VersionHistory {
  constructor(private readonly records: readonly PromotionRecord[]) {}

  /** Events of app in env, newest first. */
  events(app: string, env: string): VersionEvent[] {
    return this.records
      .filter((r) => r.app === app && sameEnv(r.env, env))
      .map((r) => ({ version: r.version, since: r.date, sha: r.sha, kind: r.kind }));
  }

  /** Whether the env ever ran the version: promoted there, rolled back to, or named as a previous version. */
  ran(app: string, env: string, version: string): boolean {
    return this.records.some((r) => r.app === app && sameEnv(r.env, env) && (
      sameVersion(r.version, version) || (r.previous ?? '').split(', ').some((p) => sameVersion(p, version))));
  }

  /** Whether the version was promoted into the env through the gate (so the previous env ran it then). */
  passedGate(app: string, env: string, version: string): boolean {
    return this.records.some((r) => r.kind === 'promotion' && !r.gateSkipped && r.app === app &&
      sameEnv(r.env, env) && sameVersion(r.version, version));
  }

  /** When the env started running `version` in its latest stretch of running it, if trailers say so. */
  runningSince(app: string, env: string, version: string): string | undefined {
    const ev = this.events(app, env);
    if (!ev.length || !sameVersion(ev[0]?.version, version)) return undefined;
    let since = ev[0]?.since;
    for (const e of ev) {
      if (!sameVersion(e.version, version)) break;
      since = e.since;
    }
    return since;
  }

  hasAny(app: string, env: string): boolean {
    return this.records.some((r) => r.app === app && sameEnv(r.env, env));
  }
}
