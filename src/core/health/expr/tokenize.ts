// The tokenizer of the condition language: expr-lang's tokens (github.com/expr-lang/expr, parser/lexer), as
// Argo Rollouts uses them. Comments (// and /* */) are skipped as expr skips them.
import { ExpressionError } from './errors.js';

export type TokKind = 'num' | 'str' | 'name' | 'op' | 'end';

export interface Token {
  kind: TokKind;
  /** As written (for a string, its value without quotes). */
  text: string;
  at: number;
  /** The value of a number. */
  num?: number;
}

/** Words that are operators in expr, not names. */
export const WORD_OPS = new Set([
  'not', 'in', 'and', 'or', 'matches', 'contains', 'startsWith', 'endsWith', 'let', 'if', 'else',
]);

// Longest first, so "**" wins over "*" and "?." over "?".
const OPS = ['**', '==', '!=', '<=', '>=', '&&', '||', '..', '?.', '??', '::', '<', '>', '!', '+', '-', '*', '/', '%',
  '^', '(', ')', '[', ']', '{', '}', ',', '.', '#', '?', ':', ';', '|', '='];

// Hexadecimal, octal, binary, or decimal (a `.` followed by another is the range operator, as in 1..3).
const NUMBER = new RegExp(
  '^(?:0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|' +
    '(?:\\d[\\d_]*(?:\\.(?!\\.)[\\d_]*)?|\\.\\d[\\d_]*)(?:[eE][+-]?\\d[\\d_]*)?)',
);
const NAME = /^[A-Za-z_$][A-Za-z0-9_$]*/;
const ESCAPES: Record<string, string> = {
  n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', a: '\x07', '\\': '\\', "'": "'", '"': '"', '`': '`',
};

function numberValue(text: string): number {
  const t = text.replace(/_/g, '');
  const base = { x: 16, o: 8, b: 2 }[t[1]?.toLowerCase() as 'x' | 'o' | 'b'];
  if (/^0[xob]/i.test(t)) return Number.parseInt(t.slice(2), base);
  return Number(t);
}

/** A quoted string from `at` (the quote); returns its value and where it ends. */
function readString(src: string, at: number): { value: string; end: number } {
  const q = src[at] as string;
  let value = '';
  let i = at + 1;
  while (i < src.length && src[i] !== q) {
    if (src[i] !== '\\' || q === '`') {
      value += src[i++];
      continue;
    }
    const e = src[i + 1] ?? '';
    const digits = e === 'u' ? 4 : e === 'x' ? 2 : 0;
    const hex = digits ? new RegExp(`^[0-9a-fA-F]{${digits}}`).exec(src.slice(i + 2)) : null;
    if (hex) {
      value += String.fromCharCode(Number.parseInt(hex[0], 16));
      i += 2 + hex[0].length;
    } else if (ESCAPES[e] !== undefined) {
      value += ESCAPES[e];
      i += 2;
    } else {
      const why = `unknown escape "\\${e}" in a string; expected \\n, \\t, \\\\, \\${q} or \\uXXXX`;
      throw new ExpressionError(why, i, src);
    }
  }
  if (i >= src.length) throw new ExpressionError(`the string is not closed; expected a closing ${q}`, at, src);
  return { value, end: i + 1 };
}

/** Skips blanks and comments from i; returns the next position. */
function skipBlank(src: string, i: number): number {
  for (;;) {
    if (/\s/.test(src[i] ?? '')) i++;
    else if (src.startsWith('//', i)) i = src.includes('\n', i) ? src.indexOf('\n', i) + 1 : src.length;
    else if (src.startsWith('/*', i)) {
      const end = src.indexOf('*/', i + 2);
      if (end < 0) throw new ExpressionError('the comment is not closed; expected */', i, src);
      i = end + 2;
    } else return i;
  }
}

/** The token at i and where it ends. */
function nextToken(src: string, i: number): { tok: Token; end: number } {
  const rest = src.slice(i);
  const num = NUMBER.exec(rest);
  if (num) {
    if (/^[A-Za-z0-9_$.]/.test(rest.slice(num[0].length)) && !rest.slice(num[0].length).startsWith('..')) {
      const bad = JSON.stringify(rest.match(/^[A-Za-z0-9_$.]+/)?.[0]);
      throw new ExpressionError(`bad number ${bad}; expected digits such as 0.95 or 1e-3`, i, src);
    }
    return { tok: { kind: 'num', text: num[0], at: i, num: numberValue(num[0]) }, end: i + num[0].length };
  }
  const name = NAME.exec(rest);
  if (name) {
    return { tok: { kind: WORD_OPS.has(name[0]) ? 'op' : 'name', text: name[0], at: i }, end: i + name[0].length };
  }
  const c = src[i] as string;
  if (c === '"' || c === "'" || c === '`') {
    const s = readString(src, i);
    return { tok: { kind: 'str', text: s.value, at: i }, end: s.end };
  }
  const op = OPS.find((o) => src.startsWith(o, i));
  if (op) return { tok: { kind: 'op', text: op, at: i }, end: i + op.length };
  if (c === '&') throw new ExpressionError('"&" alone is not an operator; expected "&&" (or and)', i, src);
  throw new ExpressionError(`unexpected character ${JSON.stringify(c)}`, i, src);
}

export function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = skipBlank(src, 0);
  while (i < src.length) {
    const { tok, end } = nextToken(src, i);
    out.push(tok);
    i = skipBlank(src, end);
  }
  out.push({ kind: 'end', text: '', at: src.length });
  return out;
}
