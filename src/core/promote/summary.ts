// What a person reads after a promotion: the job summary, the PR body; and the outputs later steps read.
import { NO_VERSION, previousLabel } from './commit-message.js';
import type { PromoteOutcome } from './deliver-push.js';
import type { AppPromotion } from './plan.js';

const cell = (s: string | undefined): string => (s ?? '').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
const code = (s: string | undefined): string => (s === undefined ? `_${NO_VERSION}_` : `\`${cell(s)}\``);

function changeTable(p: AppPromotion): string {
  const rows = p.changes.map((c) => `| ${cell(c.target.file)} | ${cell(c.target.region ?? '')} `
    + `| ${code(c.old)} | ${code(c.new)} | ${c.old === c.new ? 'unchanged' : 'changed'} |`);
  return ['| file | region | old | new | |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}

export interface SummaryLinks {
  commitUrl?(sha: string): string;
  runUrl?: string;
}

export interface DryRunDiff { file: string; diff: string }

export function promotionSummary(
  o: PromoteOutcome, links: SummaryLinks = {}, diffs: DryRunDiff[] = [],
): string {
  const out: string[] = [];
  if (o.status === 'refused') {
    out.push('### ⛔ Promotion refused by policy', '', '| app | rule | reason |', '| --- | --- | --- |');
    for (const v of o.plan.violations) out.push(`| ${cell(v.app)} | \`${v.rule}\` | ${cell(v.message)} |`);
    out.push('', 'Nothing was written.');
    return `${out.join('\n')}\n`;
  }
  for (const p of o.plan.promotions) {
    const verb = o.status === 'dry-run' ? 'Would promote'
      : o.status === 'unchanged' || !p.files.size ? 'Already promoted'
        : o.status === 'pull-request' ? 'Proposed' : 'Promoted';
    const icon = o.status === 'dry-run' ? '🔍' : p.files.size ? '✅' : '☑️';
    out.push(`### ${icon} ${verb} ${p.app} to ${p.env}: ${previousLabel(p.previous)} → ${p.version}`, '');
    if (p.from) {
      out.push(`From ${p.from}.`
        + `${p.facts.gateSkipped ? ` **Gate skipped:** ${cell(p.facts.gateSkipped)}.` : ''}`
        + `${p.facts.freezeOverride ? ` **Freeze overridden:** ${cell(p.facts.freezeOverride)}.` : ''}`, '');
    }
    out.push(changeTable(p), '');
  }
  if (o.status === 'dry-run') {
    out.push('**Dry run:** nothing was written. The change would be:', '');
    for (const d of diffs) out.push('```diff', d.diff.trimEnd(), '```', '');
  }
  if (o.commit && o.status === 'pushed') {
    const commitRef = links.commitUrl
      ? `[${o.commit.slice(0, 12)}](${links.commitUrl(o.commit)})`
      : `\`${o.commit.slice(0, 12)}\``;
    out.push(`Commit: ${commitRef} (after ${o.attempts} attempt${o.attempts === 1 ? '' : 's'})`);
  }
  for (const url of o.prUrls) out.push(`Pull request: ${url}`);
  if (o.status === 'unchanged') out.push('Every target already runs this version: no commit was made.');
  return `${out.join('\n').trimEnd()}\n`;
}

export function pullRequestBody(p: AppPromotion, runUrl?: string): string {
  return [
    `Promotes **${p.app}** to **${p.env}**: ${previousLabel(p.previous)} → \`${p.version}\``
      + `${p.from ? ` (running in ${p.from})` : ''}.`,
    '',
    changeTable(p),
    '',
    ...(p.facts.gateSkipped ? [`> **Gate skipped:** ${cell(p.facts.gateSkipped)}`, ''] : []),
    ...(runUrl ? [`Opened by [this workflow run](${runUrl}).`, ''] : []),
    '<!-- gitops-promote: this branch is rewritten by the next promotion of this app and environment -->',
  ].join('\n');
}

export interface PromoteOutputs {
  version: string;
  'previous-version': string;
  changed: string;
  'commit-sha': string;
  'pr-url': string;
  files: string;
}

export function promotionOutputs(o: PromoteOutcome): PromoteOutputs {
  const ps = o.plan?.promotions ?? [];
  const files = ps.flatMap((p) => p.changes.map((c) => ({
    app: p.app, env: p.env, file: c.target.file, region: c.target.region ?? null, line: c.line,
    old: c.old ?? null, new: c.new, changed: c.old !== c.new,
  })));
  const wrote = o.status === 'pushed' || o.status === 'pull-request';
  return {
    version: [...new Set(ps.map((p) => p.version))].join(','),
    'previous-version': [...new Set(ps.flatMap((p) => p.previous))].join(','),
    changed: String(wrote && ps.some((p) => p.files.size > 0)),
    'commit-sha': wrote ? (o.commit ?? '') : '',
    'pr-url': o.prUrls.join(','),
    files: JSON.stringify(files),
  };
}
