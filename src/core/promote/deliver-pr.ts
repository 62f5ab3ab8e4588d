// mode: pull-request. One PR per app+env on a stable branch (gitops-promote/<app>/<env>), created or updated.
// The branch is pushed with a lease; if the PR cannot be made afterwards, the branch is put back as it was,
// so a failure never leaves a pushed branch without its PR.
import type { GitPort, Logger, PullRequestPort, PullRequest } from '../ports.js';
import { fetchTip, planAt, type PromoteOutcome, type PushDeliveryInput } from './deliver-push.js';
import { changedPromotions } from './plan.js';
import { pullRequestBody } from './summary.js';

export interface PullRequestDeliveryInput extends PushDeliveryInput {
  prs: PullRequestPort;
  labels: string[];
  autoMerge: boolean;
  /** The PR branch of a change; promotion branches by default. */
  headBranch?: (app: string, env: string) => string;
}

export const promotionBranch = (app: string, env: string): string => `gitops-promote/${app}/${env}`;

async function restoreBranch(git: GitPort, logger: Logger, branch: string, pushed: string, before: string | undefined): Promise<void> {
  const r = before ? await git.push(before, branch, { expect: pushed }) : await git.deleteBranch(branch, pushed);
  if (!r.ok) logger.warning(`could not restore ${branch} after the failure (${r.message}); delete it by hand`);
}

export async function deliverByPullRequest(input: PullRequestDeliveryInput): Promise<PromoteOutcome> {
  const { git, logger, request, branch: base, prs } = input;
  // The tip the caller fetched for the config, else a fetch: this mode makes one attempt either way.
  const tip = input.tip ?? (await fetchTip(git, base));
  const plan = await (input.planner ? input.planner(tip) : planAt(git, tip, request, input.configPath));
  if (plan.violations.length) return { status: 'refused', plan, commits: [], base: tip, attempts: 1, prUrls: [] };
  const changed = changedPromotions(plan);
  if (!changed.length) return { status: 'unchanged', plan, commits: [], base: tip, attempts: 1, prUrls: [] };
  if (input.dryRun) return { status: 'dry-run', plan, commits: [], base: tip, attempts: 1, prUrls: [] };

  const commits: string[] = [];
  const prUrls: string[] = [];
  for (const p of changed) {
    const head = (input.headBranch ?? promotionBranch)(p.app, p.env);
    const before = await git.fetchBranch(head);
    let commit = await git.commit(tip, p.files, p.message);
    // Same tree on top of the current base: the open PR already shows exactly this; do not churn it.
    if (before && (await git.treeOf(before)) === (await git.treeOf(commit)) && (await git.isAncestor(tip, before))) {
      logger.info(`${head} already carries this change on ${base}'s tip; not pushing it again`);
      commit = before;
    } else {
      const r = await git.push(commit, head, { expect: before });
      if (!r.ok) throw new Error(`could not push ${head}: ${r.message}${r.kind === 'rejected' ? ' (someone else updated the branch; run again)' : ''}`);
    }
    const title = p.message.split('\n')[0] as string;
    const body = p.prBody ?? pullRequestBody(p, request.runUrl);
    let pr: PullRequest;
    try {
      const open = await prs.findOpen(head, base);
      pr = open ? await prs.update(open.number, { title, body }) : await prs.create({ head, base, title, body });
    } catch (e) {
      // No PR carries the pushed branch: put it back, so nothing is left half-made.
      if (commit !== before) await restoreBranch(git, logger, head, commit, before);
      throw e;
    }
    if (input.labels.length) {
      try {
        await prs.addLabels(pr.number, input.labels);
      } catch (e) {
        logger.warning(`labels could not be added to #${pr.number}: ${(e as Error).message}`);
      }
    }
    if (input.autoMerge) {
      try {
        await prs.enableAutoMerge(pr);
      } catch (e) {
        logger.warning(`auto-merge could not be enabled on #${pr.number}: ${(e as Error).message}`);
      }
    }
    commits.push(commit);
    prUrls.push(pr.url);
  }
  return { status: 'pull-request', plan, commit: commits[commits.length - 1], commits, base: tip, attempts: 1, prUrls };
}
