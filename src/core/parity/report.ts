// What the parity check and the drift report show people: job summary tables, outputs, a tracking issue body.
import { renderMatrix, type Matrix } from '../status/matrix.js';
import type { DriftItem } from './drift.js';
import type { ParityReport, ParityRow } from './parity-report.js';

// Text from the repository (file names, image names, renderer messages) is the PR author's: inert in Markdown/HTML.
const cell = (s: string | undefined): string => (s ?? '').replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`).replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
const ICON = { ok: '✅', rollback: '↩️', violation: '⛔' } as const;
const images = (xs: readonly string[] | undefined): string => (xs?.length ? xs.map((x) => `\`${cell(x)}\``).join(', ') : 'none');

function change(x: ParityRow): string {
  const gone = (x.oldImages ?? []).filter((i) => !(x.newImages ?? []).includes(i));
  const added = (x.newImages ?? []).filter((i) => !(x.oldImages ?? []).includes(i));
  if (!gone.length && !added.length) return '—';
  return `${images(gone)} → ${images(added)}`;
}

export function paritySummary(r: ParityReport): string {
  const n = r.violations.length;
  const head = r.ok ? '### ✅ Staging parity: every image this change deploys has run in the previous environment'
    : `### ⛔ Staging parity: ${n} violation${n === 1 ? '' : 's'}`;
  const how = r.mode === 'render' ? `Rendered with ${cell(r.renderer)}` : 'Static model (images: only; no renderer), unexplained changes refused';
  const intro = [head, '', `Compared ${r.base.slice(0, 12)}..${r.head.slice(0, 12)}. ${how}.`, ...r.notices.map((m) => `\n> ${cell(m)}`), ''];
  if (!r.rows.length) return [...intro, 'This change moves no image.', ''].join('\n');
  const rows = r.rows.map((x) => `| ${cell(x.app)} | ${cell(x.env)}${x.region ? ` (${cell(x.region)})` : ''} | ${change(x)} | ${x.previousEnv ? `${cell(x.previousEnv)}: ${images(x.previousImages)}` : '—'} | ${ICON[x.verdict]} ${x.rule ? `\`${x.rule}\`` : x.verdict} | ${cell(x.reason)} |`);
  return [...intro, '| app | env | images: old → new | previous env runs | verdict | reason |', '| --- | --- | --- | --- | --- | --- |', ...rows, ''].join('\n');
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
