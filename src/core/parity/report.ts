// What the parity check and the drift report show people: job summary tables, outputs, a tracking issue body.
import { renderMatrix, type Matrix } from '../status/matrix.js';
import type { DriftItem } from './drift.js';
import type { ParityReport } from './check-parity.js';

const cell = (s: string | undefined): string => (s ?? '').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
const ICON = { ok: '✅', rollback: '↩️', violation: '⛔' } as const;

export function paritySummary(r: ParityReport): string {
  const head = r.ok ? '### ✅ Staging parity: every version change has run in the previous environment' : `### ⛔ Staging parity: ${r.violations.length} change${r.violations.length === 1 ? '' : 's'} skipped the previous environment`;
  if (!r.rows.length) return `${head}\n\nThis change moves no version.\n`;
  const rows = r.rows.map((x) => `| ${cell(x.app)} | ${cell(x.env)}${x.region ? ` (${cell(x.region)})` : ''} | \`${cell(x.old ?? 'none')}\` → \`${cell(x.new ?? 'none')}\` | ${x.previousEnv ? `${cell(x.previousEnv)}: \`${cell(x.previousVersion ?? 'none')}\`` : '—'} | ${ICON[x.verdict]} ${x.verdict} | ${cell(x.reason)} |`);
  return [head, '', `Compared ${r.base.slice(0, 12)}..${r.head.slice(0, 12)}.`, '', '| app | env | change | previous env runs | verdict | reason |', '| --- | --- | --- | --- | --- | --- |', ...rows, ''].join('\n');
}

export function driftSummary(matrix: Matrix, drift: DriftItem[]): string {
  const out = [drift.length ? `### ⚠️ ${drift.length} drift finding${drift.length === 1 ? '' : 's'}` : '### ✅ No drift', ''];
  if (drift.length) {
    out.push('| app | env | kind | detail |', '| --- | --- | --- | --- |', ...drift.map((d) => `| ${cell(d.app)} | ${cell(d.env)}${d.region ? ` (${cell(d.region)})` : ''} | \`${d.kind}\` | ${cell(d.message)} |`), '');
  }
  out.push('#### What runs where', '', renderMatrix(matrix, 'markdown'), '');
  return out.join('\n');
}

export const TRACKING_LABEL = 'gitops-promote-drift';
export const TRACKING_TITLE = 'Config drift: environments out of step';

export function trackingIssueBody(matrix: Matrix, drift: DriftItem[], runUrl?: string): string {
  return `${driftSummary(matrix, drift)}\n${runUrl ? `Last checked by ${runUrl}.\n` : ''}\n<!-- gitops-promote: this issue is updated in place and closed when the drift is gone -->\n`;
}
