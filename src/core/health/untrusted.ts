// Text from a checked system (a version endpoint, Argo CD, the Kubernetes API, Prometheus, kubectl's stderr) is
// data. The runner reads workflow commands from every line a step prints (`::set-output …`, `::warning …`, also
// after leading spaces, and the older `##[command]` anywhere in a line), and the job summary renders HTML and
// Markdown. So such text is made inert once, where it enters: one line, control characters shown as escapes,
// bounded in length; and escaped again for the summary.

import type { Observation } from './observation.js';

/** Line breaks of every kind, with the blanks around them. */
const BREAKS = /\s*(?:\r\n|[\r\n\v\f\u0085\u2028\u2029])+\s*/g;
/** C0/C1 controls (tab aside), DEL, and the bidirectional overrides that make text read differently than it is. */
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const escapeChar = (c: string): string => {
  const code = c.codePointAt(0) as number;
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
};

/**
 * One line of at most `max` characters that no runner reads as a command: line breaks collapsed to a space, other
 * control characters escaped (`\x1b`), a leading `::` and every `##[` escaped, cut with "…" when longer.
 */
export function inert(text: unknown, max = 300): string {
  let s = String(text ?? '');
  // Cut early so a hostile 8 MiB body costs nothing; escapes may lengthen it again, hence the cut below too.
  if (s.length > max * 4) s = s.slice(0, max * 4);
  s = s.replace(BREAKS, ' ').replace(/\t/g, ' ').replace(CONTROLS, escapeChar).trim();
  s = s.replace(/##\[/g, '#\\x23[');
  if (s.startsWith('::')) s = `\\x3a${s.slice(1)}`;
  if (s.length <= max) return s;
  const cut = Array.from(s.slice(0, max)).slice(0, -1).join('');
  // Never leave half an escape (\x1 or \u20) at the end.
  return `${cut.replace(/\\(?:x[0-9a-f]?|u[0-9a-f]{0,3})?$/, '')}…`;
}

/**
 * Every line of a log message, as a line the runner shows but never runs: a line whose first non-blank characters
 * are `::` gets its first colon escaped, and `##[` anywhere is escaped. For loggers, over text that is already
 * inert, as a second fence.
 */
export function fenceCommands(message: string): string {
  return message
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/^(\s*)::/, '$1\\x3a:').replace(/##\[/g, '#\\x23['))
    .join('\n');
}

const HTML: Record<string, string> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '|': '&#124;', '`': '&#96;', '[': '&#91;',
  ']': '&#93;', '\\': '&#92;',
};

/**
 * Text for a Markdown table cell of the job summary: HTML-escaped, and the characters Markdown acts on in a cell
 * (`|` ends it, backticks, brackets of links and images, backslash escapes) written as entities, so a hostile
 * `<img src=…>` or `![x](https://…)` shows as text.
 */
export function summaryText(text: string): string {
  return text.replace(/[&<>"'|`[\]\\]/g, (c) => HTML[c] as string).replace(/\r\n|\r|\n/g, ' ');
}

/** An observation with every string a checked system could have put in it made inert. */
export function inertObservation(o: Observation): Observation {
  const out: Observation = { ...o, detail: inert(o.detail, 400) };
  if (o.waiting !== undefined) out.waiting = inert(o.waiting, 200);
  if (o.version !== undefined) out.version = inert(o.version, 128);
  return out;
}
