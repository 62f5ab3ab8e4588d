// What the parity check and the drift report show people: job summary tables, outputs, a tracking issue body.
import { summaryText } from '../health/untrusted.js';
import { renderMatrix, type Matrix } from '../status/matrix.js';
import type { DriftItem } from './drift.js';
import type { ParityReport, ParityRow } from './parity-report.js';

// Text from the repository (file names, image names, renderer messages) is the PR author's: inert in Markdown/HTML
// (no HTML, no links or images, no way out of a code span or a cell).
const cell = (s: string | undefined): string => summaryText(s ?? '');
const ICON = { ok: '✅', rollback: '↩️', violation: '⛔' } as const;
const images = (xs: readonly string[] | undefined): string =>
  (xs?.length ? xs.map((x) => `\`${cell(x)}\``).join(', ') : 'none');
/** A Markdown table row of cells already made inert. */
const tableRow = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
/** The environment, with its region when the row is one region's. */
const where = (env: string, region?: string): string => `${cell(env)}${region ? ` (${cell(region)})` : ''}`;
const counted = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

function change(x: ParityRow): string {
  const gone = (x.oldImages ?? []).filter((i) => !(x.newImages ?? []).includes(i));
  const added = (x.newImages ?? []).filter((i) => !(x.oldImages ?? []).includes(i));
  if (!gone.length && !added.length) return '—';
  return `${images(gone)} → ${images(added)}`;
}

const PARITY_HEADER = [
  '| app | env | images: old → new | previous env runs | verdict | reason |',
  '| --- | --- | --- | --- | --- | --- |',
];

export function paritySummary(r: ParityReport): string {
  const n = r.violations.length;
  const head = r.ok ? '### ✅ Staging parity: every image this change deploys has run in the previous environment'
    : `### ⛔ Staging parity: ${counted(n, 'violation')}`;
  const how = r.mode === 'render' ? `Rendered with ${cell(r.renderer)}`
    : 'Static model (images: only; no renderer), unexplained changes refused';
  const compared = `Compared ${r.base.slice(0, 12)}..${r.head.slice(0, 12)}. ${how}.`;
  const intro = [head, '', compared, ...r.notices.map((m) => `\n> ${cell(m)}`), ''];
  if (!r.rows.length) return [...intro, 'This change moves no image.', ''].join('\n');
  return [...intro, ...PARITY_HEADER, ...r.rows.map(parityRow), ''].join('\n');
}

function parityRow(x: ParityRow): string {
  const previous = x.previousEnv ? `${cell(x.previousEnv)}: ${images(x.previousImages)}` : '—';
  const verdict = `${ICON[x.verdict]} ${x.rule ? `\`${x.rule}\`` : x.verdict}`;
  return tableRow([cell(x.app), where(x.env, x.region), change(x), previous, verdict, cell(x.reason)]);
}

export function driftSummary(matrix: Matrix, drift: DriftItem[]): string {
  const out = [drift.length ? `### ⚠️ ${counted(drift.length, 'drift finding')}` : '### ✅ No drift', ''];
  if (drift.length) {
    const rows = drift.map((d) => tableRow([cell(d.app), where(d.env, d.region), `\`${d.kind}\``, cell(d.message)]));
    out.push('| app | env | kind | detail |', '| --- | --- | --- | --- |', ...rows, '');
  }
  out.push('#### What runs where', '', renderMatrix(matrix, 'markdown'), '');
  return out.join('\n');
}

export const TRACKING_LABEL = 'gitops-promote-drift';
export const TRACKING_TITLE = 'Config drift: environments out of step';

export function trackingIssueBody(matrix: Matrix, drift: DriftItem[], runUrl?: string): string {
  const checked = runUrl ? `Last checked by ${runUrl}.\n` : '';
  return `${driftSummary(matrix, drift)}\n${checked}\n`
    + '<!-- gitops-promote: this issue is updated in place and closed when the drift is gone -->\n';
}
