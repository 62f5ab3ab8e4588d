// One promotion run, shared by the action and the CLI: deliver by push or pull request, then the summary,
// outputs and exit code. Exit 0: done (also dry run and "already there"); 1: refused by policy or failed;
// bad input throws a UserError (exit 2).
import type { GitPort, Logger, PullRequestPort } from '../ports.js';
import { deliverByPush, defaultBackoff, type PromoteOutcome } from './deliver-push.js';
import { deliverByPullRequest } from './deliver-pr.js';
import type { PromoteRequest } from './plan.js';
import {
  promotionOutputs, promotionSummary, type DryRunDiff, type PromoteOutputs, type SummaryLinks,
} from './summary.js';

export interface PromoteRunInput {
  git: GitPort;
  /** Made only in pull-request mode: loading the GitHub client costs start-up time. */
  pullRequests?: () => Promise<PullRequestPort>;
  logger: Logger;
  request: PromoteRequest;
  mode: 'push' | 'pull-request';
  branch: string;
  configPath?: string;
  dryRun: boolean;
  maxAttempts: number;
  labels: string[];
  autoMerge: boolean;
  links?: SummaryLinks;
  sleep?: (ms: number) => Promise<void>;
  /** Unit of the push retry back-off (default 250 ms); tests shrink it (src/adapters/test-backoff.ts). */
  backoffBaseMs?: number;
  planner?: (tip: string) => Promise<import('./plan.js').PromotionPlan>;
  /** The branch's tip already fetched (branchTip): the first attempt plans on it; see PushDeliveryInput.tip. */
  tip?: string;
  headBranch?: (app: string, env: string) => string;
  /** Summary renderer; promotion's by default. */
  summarize?: typeof promotionSummary;
}

export interface PromoteRunResult {
  outcome: PromoteOutcome; summary: string; outputs: PromoteOutputs; exitCode: 0 | 1;
}

const realSleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export async function runPromote(input: PromoteRunInput): Promise<PromoteRunResult> {
  const base = {
    git: input.git, logger: input.logger, request: input.request, branch: input.branch, configPath: input.configPath,
    dryRun: input.dryRun, planner: input.planner, tip: input.tip,
    retry: {
      maxAttempts: input.maxAttempts, sleep: input.sleep ?? realSleep,
      backoff: (n: number) => defaultBackoff(n, Math.random, input.backoffBaseMs),
    },
  };
  const outcome = input.mode === 'pull-request'
    ? await deliverByPullRequest({
      ...base,
      prs: await (input.pullRequests as () => Promise<PullRequestPort>)(),
      labels: input.labels, autoMerge: input.autoMerge, headBranch: input.headBranch,
    })
    : await deliverByPush(base);
  const diffs: DryRunDiff[] = [];
  if (outcome.status === 'dry-run' && outcome.base && input.git.diff) {
    const snap = await input.git.snapshot(outcome.base);
    for (const p of outcome.plan.promotions) {
      for (const [file, text] of p.files) {
        diffs.push({ file, diff: await input.git.diff(file, await snap.read(file), text) });
      }
    }
  }
  for (const v of outcome.plan?.violations ?? []) {
    input.logger.error(`${v.app}: ${v.rule}: ${v.message}`, { file: v.file, line: v.line });
  }
  return {
    outcome,
    summary: (input.summarize ?? promotionSummary)(outcome, input.links, diffs),
    outputs: promotionOutputs(outcome),
    exitCode: outcome.status === 'refused' ? 1 : 0,
  };
}
