// The newest promotion records of a branch, read only as far back as needed: `history --max 50` on 50,000
// commits asks git for the 50 newest promotion commits, not for all of them.
import type { GitPort } from '../ports.js';
import { promotionRecords, PROMOTION_GREP, type PromotionRecord } from './promotions.js';

/** The `max` newest records that `keep` accepts, newest first; git is asked for 4× more commits each round. */
export async function latestRecords(
  git: GitPort, ref: string, keep: (r: PromotionRecord) => boolean, max: number,
): Promise<PromotionRecord[]> {
  for (let page = max; ; page *= 4) {
    const commits = await git.log(ref, { grep: PROMOTION_GREP, max: page });
    const records = promotionRecords(commits).filter(keep);
    if (records.length >= max || commits.length < page) return records.slice(0, max);
  }
}
