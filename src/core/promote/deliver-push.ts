// mode: push. Plan on the remote tip, commit, push; when the push loses a race, fetch the new tip, plan again
// (the edit is idempotent, so another app's or region's promotion is kept) and retry with jittered backoff.
// After an ambiguous failure (a 500 mid-push) the next fetch tells whether our commit landed, so nothing is
// pushed twice and nothing is lost.
import { UserError } from '../errors.js';
import type { GitPort, Logger } from '../ports.js';
import { configAt } from './config-at.js';
import { changedPromotions, planPromotion, type PromoteRequest, type PromotionPlan } from './plan.js';

export interface RetryOptions {
  maxAttempts: number;
  /** Milliseconds to wait before attempt n (n >= 2). */
  backoff(attempt: number): number;
  sleep(ms: number): Promise<void>;
}

/** The unit of the push retry back-off: 250 ms, doubling per attempt up to 32 units (8 s). */
export const BACKOFF_BASE_MS = 250;

export const defaultBackoff = (
  attempt: number, random: () => number = Math.random, baseMs: number = BACKOFF_BASE_MS,
): number => {
  const cap = Math.min(32 * baseMs, baseMs * 2 ** (attempt - 2));
  return Math.round(cap / 2 + random() * (cap / 2));
};

export type PromoteStatus = 'pushed' | 'pull-request' | 'unchanged' | 'refused' | 'dry-run';

export interface PromoteOutcome {
  status: PromoteStatus;
  plan: PromotionPlan;
  /** The commit that carries the promotion (the last one when several apps were promoted). */
  commit?: string;
  commits: string[];
  base?: string;
  attempts: number;
  prUrls: string[];
}

export interface PushDeliveryInput {
  git: GitPort;
  logger: Logger;
  request: PromoteRequest;
  branch: string;
  configPath?: string;
  dryRun: boolean;
  retry: RetryOptions;
  /** How to plan on a tip; promotion by default. Rollback passes its own. Called again on every retry. */
  planner?: (tip: string) => Promise<PromotionPlan>;
  /**
   * The branch's tip the caller has just fetched (to read the config): the first attempt plans on it rather than
   * fetching again. Every later attempt fetches, as only a fresh fetch shows where a lost race left the branch.
   */
  tip?: string;
}

export async function planAt(
  git: GitPort, tip: string, request: PromoteRequest, configPath?: string,
): Promise<PromotionPlan> {
  const snapshot = await git.snapshot(tip);
  return planPromotion(snapshot, await configAt(snapshot, configPath), request);
}

export async function fetchTip(git: GitPort, branch: string): Promise<string> {
  const tip = await git.fetchBranch(branch);
  if (!tip) {
    throw new UserError(`branch ${JSON.stringify(branch)} does not exist on the remote; `
      + `expected the config repository's branch (input branch)`);
  }
  return tip;
}

export async function deliverByPush(input: PushDeliveryInput): Promise<PromoteOutcome> {
  const { git, logger, request, branch, retry } = input;
  // A push that failed ambiguously, with the plan and commits that made it.
  let pushed: { commit: string; plan: PromotionPlan; commits: string[] } | undefined;
  const landed = async (tip: string): Promise<boolean> =>
    !!pushed && (tip === pushed.commit || (await git.isAncestor(pushed.commit, tip)));
  let lastError = '';
  for (let attempt = 1; attempt <= retry.maxAttempts; attempt++) {
    if (attempt > 1) {
      const wait = retry.backoff(attempt);
      logger.info(`attempt ${attempt}/${retry.maxAttempts} in ${wait} ms: ${lastError}`);
      await retry.sleep(wait);
    }
    const tip = attempt === 1 && input.tip ? input.tip : await fetchTip(git, branch);
    if (pushed && (await landed(tip))) {
      logger.info(`the push of ${pushed.commit.slice(0, 12)} landed although it reported an error`);
      return {
        status: 'pushed', plan: pushed.plan, commit: pushed.commit, commits: pushed.commits, base: tip,
        attempts: attempt - 1, prUrls: [],
      };
    }
    const plan = await (input.planner ? input.planner(tip) : planAt(git, tip, request, input.configPath));
    if (plan.violations.length) return { status: 'refused', plan, commits: [], base: tip, attempts: attempt, prUrls: [] };
    const changed = changedPromotions(plan);
    if (!changed.length) return { status: 'unchanged', plan, commits: [], base: tip, attempts: attempt, prUrls: [] };
    if (input.dryRun) return { status: 'dry-run', plan, commits: [], base: tip, attempts: attempt, prUrls: [] };
    // One commit per app, chained, pushed together: all land or none.
    const commits: string[] = [];
    let parent = tip;
    for (const p of changed) {
      parent = await git.commit(parent, p.files, p.message);
      commits.push(parent);
    }
    const result = await git.push(parent, branch);
    if (result.ok) {
      return { status: 'pushed', plan, commit: parent, commits, base: tip, attempts: attempt, prUrls: [] };
    }
    if (result.kind === 'fatal') throw new Error(`push to ${branch} failed: ${result.message}`);
    pushed = result.kind === 'transient' ? { commit: parent, plan, commits } : undefined;
    lastError = result.kind === 'rejected'
      ? `${branch} moved on the remote (push rejected)`
      : `push failed: ${result.message}`;
  }
  if (pushed) {
    const tip = await fetchTip(git, branch);
    if (await landed(tip)) {
      return {
        status: 'pushed', plan: pushed.plan, commit: pushed.commit, commits: pushed.commits, base: tip,
        attempts: retry.maxAttempts, prUrls: [],
      };
    }
  }
  throw new Error(`gave up after ${retry.maxAttempts} attempts to push to ${branch}: ${lastError}; `
    + 'nothing was changed on the remote by this run (raise max-attempts if many promotions run at once)');
}
