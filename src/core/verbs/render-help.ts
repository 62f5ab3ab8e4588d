// `gitops-promote VERB --help` and the usage line of error messages, generated from the verb's definition.
import { flagName, flagsOf, type OptionDef, type VerbDef } from './definition.js';
import { defaultOf, descriptionOf, valuesOf } from './describe.js';
import { EXIT_CODES } from './exit-codes.js';

const WIDTH = 100;
const COLUMN = 28;

/** Words wrapped to `width`, every line after the first indented by `indent`; `first` starts the first line. */
export function wrap(text: string, width: number, indent: string, first = ''): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent + word;
    } else line += (empty ? '' : ' ') + word;
    empty = false;
  }
  lines.push(line.trimEnd());
  return lines;
}

function flagUsage(o: OptionDef): string {
  const name = `--${flagName(o)}`;
  if (o.type === 'boolean') return name;
  return `${name} ${o.arg ?? 'VALUE'}`;
}

/** The usage line's words: the verb, its arguments, then each option as one unbreakable group. */
function usageParts(v: VerbDef): string[] {
  if (v.synopsis) return [v.verb, v.synopsis];
  const parts = flagsOf(v).map((o) => {
    const u = flagUsage(o);
    if (o.required) return u;
    return o.type === 'list' ? `[${u}]...` : `[${u}]`;
  });
  return [v.verb, ...(v.positionals ? [v.positionals.arg] : []), ...parts];
}

/** `usage: gitops-promote promote [--app A[,B]]... --to ENV ...` on one line. */
export function usageLine(v: VerbDef): string {
  return ['usage: gitops-promote', ...usageParts(v)].join(' ');
}

/** Unbreakable groups laid out like words: `first` on the first line, `indent` on the others. */
function layout(groups: readonly string[], width: number, indent: string, first: string): string[] {
  const lines: string[] = [];
  let line = first;
  for (const g of groups) {
    if (line.trim() !== first.trim() && line.length + 1 + g.length > width) {
      lines.push(line);
      line = indent + g;
    } else line += (line.endsWith(' ') ? '' : ' ') + g;
  }
  return [...lines, line];
}

/** Two columns: `head` (indented two), then `text` wrapped; a head too wide for its column gets a line of its own. */
function columns(head: string, text: string): string[] {
  const pad = ' '.repeat(COLUMN);
  const h = `  ${head}`;
  if (h.length >= COLUMN - 1) return [h, ...wrap(text, WIDTH, pad, pad)];
  return wrap(text, WIDTH, pad, h.padEnd(COLUMN));
}

function optionLines(v: VerbDef, o: OptionDef): string[] {
  const values = o.choices ? `One of: ${valuesOf(o)}.` : o.range ? `From ${valuesOf(o)}.` : '';
  const dflt = defaultOf(v, o, 'flag');
  const text = [
    o.required ? '(required)' : '',
    descriptionOf(v, o, 'flag'),
    values,
    dflt !== undefined && !(o.type === 'boolean' && dflt === 'false') ? `Default: ${dflt}.` : '',
    o.type === 'list' ? 'Repeatable.' : '',
  ].filter(Boolean).join(' ');
  return columns(flagUsage(o), text);
}

export function exitCodeLines(): string[] {
  return EXIT_CODES.flatMap((e) => wrap(e.meaning, WIDTH, ' '.repeat(7), `  ${e.code}    `));
}

export function renderHelp(v: VerbDef): string {
  const out = [...layout(usageParts(v), WIDTH, '    ', 'usage: gitops-promote'), ''];
  out.push(...wrap(v.summary, WIDTH, ''));
  for (const d of v.details ?? []) out.push(...wrap(d, WIDTH, ''));
  if (v.positionals) out.push('', 'arguments:', ...columns(v.positionals.arg, v.positionals.description));
  const flags = flagsOf(v);
  if (flags.length) out.push('', 'options:', ...flags.flatMap((o) => optionLines(v, o)));
  if (v.env.length) {
    out.push('', 'environment:');
    for (const e of v.env) out.push(...columns(e.name, e.description));
  }
  out.push('', 'exit codes:', ...exitCodeLines());
  if (v.examples.length) {
    out.push('', v.examples.length > 1 ? 'examples:' : 'example:', ...v.examples.map((e) => `  ${e}`));
  }
  return out.join('\n');
}
