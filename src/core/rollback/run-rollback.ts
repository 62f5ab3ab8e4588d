// One rollback run for the action and the CLI: same delivery as promote (push with re-apply and retry, or a
// pull request), with the promotion being undone pinned after the first plan so a retry never undoes another.
import type { GitPort, Logger, PullRequestPort } from '../ports.js';
import type { PromoteOutcome } from '../promote/deliver-push.js';
import { runPromote } from '../promote/run-promote.js';
import type { DryRunDiff, SummaryLinks } from '../promote/summary.js';
import { planRollback, type RollbackPlan, type RollbackRequest } from './plan-rollback.js';

export interface RollbackRunInput {
  git: GitPort;
  pullRequests?: () => Promise<PullRequestPort>;
  logger: Logger;
  request: RollbackRequest;
  mode: 'push' | 'pull-request';
  branch: string;
  dryRun: boolean;
  maxAttempts: number;
  links?: SummaryLinks & { failedRunUrl?: string };
  sleep?: (ms: number) => Promise<void>;
  /** Unit of the push retry back-off (default 250 ms); see runPromote. */
  backoffBaseMs?: number;
  /** The branch's tip already fetched (branchTip); see runPromote. */
  tip?: string;
}

export interface RollbackOutputs {
  version: string; 'rolled-back-from': string; 'commit-sha': string; 'pr-url': string; changed: string;
}

const cell = (s: string | undefined): string => (s ?? '').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');

export function rollbackSummary(
  o: PromoteOutcome, links: RollbackRunInput['links'] = {}, diffs: DryRunDiff[] = [], reason?: string,
): string {
  const out: string[] = [];
  if (o.status === 'refused') {
    out.push(
      '### ⛔ Rollback refused', '',
      ...o.plan.violations.map((v) => `- \`${v.rule}\`: ${cell(v.message)}`), '',
      'Nothing was written.',
    );
    return `${out.join('\n')}\n`;
  }
  for (const p of o.plan.promotions) {
    const verb = o.status === 'dry-run' ? 'Would roll back'
      : o.status === 'unchanged' || !p.files.size ? 'Already at'
        : o.status === 'pull-request' ? 'Proposed rollback of' : 'Rolled back';
    out.push(`### ↩️ ${verb} ${p.app} in ${p.env}: ${p.previous.join(', ')} → ${p.version}`, '');
    if (reason) out.push(`**Why:** ${cell(reason)}`, '');
    if (links.failedRunUrl) out.push(`Failed run: ${links.failedRunUrl}`, '');
    const undoes = (o.plan as RollbackPlan).rollbackOf;
    if (undoes) {
      const undoesRef = links.commitUrl
        ? `[${undoes.slice(0, 12)}](${links.commitUrl(undoes)})`
        : `\`${undoes.slice(0, 12)}\``;
      out.push(`Undoes ${undoesRef}.`, '');
    }
    out.push(
      '| file | region | from | to |', '| --- | --- | --- | --- |',
      ...p.changes.map((c) => `| ${cell(c.target.file)} | ${cell(c.target.region)} `
        + `| \`${cell(c.old ?? 'none')}\` | \`${cell(c.new)}\` |`),
      '',
    );
  }
  for (const d of diffs) out.push('```diff', d.diff.trimEnd(), '```', '');
  if (o.commit && o.status === 'pushed') {
    const commitRef = links.commitUrl
      ? `[${o.commit.slice(0, 12)}](${links.commitUrl(o.commit)})`
      : `\`${o.commit.slice(0, 12)}\``;
    out.push(`Commit: ${commitRef}`);
  }
  for (const url of o.prUrls) out.push(`Pull request: ${url}`);
  if (o.status === 'unchanged') out.push('The targets already run that version: no commit was made.');
  return `${out.join('\n').trimEnd()}\n`;
}

export async function runRollback(
  input: RollbackRunInput,
): Promise<{ outcome: PromoteOutcome; summary: string; outputs: RollbackOutputs; exitCode: 0 | 1 }> {
  let pinned: string | undefined;
  const r = await runPromote({
    git: input.git, pullRequests: input.pullRequests, logger: input.logger, mode: input.mode, branch: input.branch,
    dryRun: input.dryRun, maxAttempts: input.maxAttempts, labels: [], autoMerge: false, links: input.links,
    sleep: input.sleep, backoffBaseMs: input.backoffBaseMs, tip: input.tip,
    // runPromote needs a PromoteRequest for its types; the rollback planner below is what plans.
    request: {
      apps: [input.request.app], to: input.request.env, now: new Date(), actor: input.request.actor,
      runUrl: input.request.runUrl, singleAppName: input.request.singleAppName,
    },
    planner: async (tip) => {
      const plan = await planRollback(input.git, tip, input.request, pinned);
      pinned ??= plan.rollbackOf;
      return plan;
    },
    headBranch: (app, env) => `gitops-promote/rollback/${app}/${env}`,
    summarize: (o, links, diffs) => rollbackSummary(o, { ...input.links, ...links }, diffs, input.request.reason),
  });
  const p = r.outcome.plan?.promotions[0];
  const wrote = r.outcome.status === 'pushed' || r.outcome.status === 'pull-request';
  return {
    ...r,
    outputs: {
      version: p?.version.replace(/, /g, ',') ?? '', 'rolled-back-from': p?.previous.join(',') ?? '',
      'commit-sha': wrote ? r.outcome.commit ?? '' : '',
      'pr-url': r.outcome.prUrls.join(','), changed: String(wrote && (p?.files.size ?? 0) > 0),
    },
  };
}
