// The promotion history of a config repo, read back from commit trailers.
import type { CommitInfo } from '../ports.js';
import { parseTrailers } from './trailers.js';

export interface PromotionRecord {
  sha: string;
  kind: 'promotion' | 'rollback';
  app: string;
  env: string;
  version: string;
  previous?: string;
  from?: string;
  by?: string;
  run?: string;
  date: string;
  gateSkipped?: string;
  freezeOverride?: string;
  rollbackOf?: string;
  reason?: string;
}

/** Commits that carry promotion or rollback trailers, newest first. */
export function promotionRecords(commits: readonly CommitInfo[]): PromotionRecord[] {
  const out: PromotionRecord[] = [];
  for (const c of commits) {
    const t = parseTrailers(c.message);
    const app = t.get('Promoted-App') ?? t.get('Rollback-App');
    const env = t.get('Promoted-Env') ?? t.get('Rollback-Env');
    const rollbackOf = t.get('Rollback-Of');
    const version = rollbackOf ? t.get('Restored-Version') : t.get('Promoted-Version');
    if (!app || !env || !version) continue;
    out.push({
      sha: c.sha, kind: rollbackOf ? 'rollback' : 'promotion', app, env, version,
      previous: rollbackOf ? t.get('Rolled-Back-Version') : t.get('Previous-Version'),
      from: t.get('Promoted-From'), by: t.get('Promoted-By') ?? c.authorName, run: t.get('Workflow-Run'), date: c.committerDate,
      gateSkipped: t.get('Gate-Skipped'), freezeOverride: t.get('Freeze-Override'), rollbackOf, reason: t.get('Reason'),
    });
  }
  return out;
}

/** The grep that finds those commits cheaply (git filters before we parse). */
export const PROMOTION_GREP = '^(Promoted-App|Rollback-App): ';
