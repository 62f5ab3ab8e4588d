// Values at evaluation time, and the conversions between them. Numbers follow Go's float64 as Argo Rollouts
// evaluates them: NaN compares false with everything (and != true), +Inf is larger than every number.
import { dataError, typeError } from './errors.js';

/** A value: what `result` is (a number for a scalar query, a list of numbers for a vector), or one computed from it. */
export type Val = number | boolean | string | null | readonly Val[];

export type Kind = 'number' | 'bool' | 'string' | 'nil' | 'list';

export function kindOf(v: Val): Kind {
  if (v === null) return 'nil';
  if (Array.isArray(v)) return 'list';
  return typeof v === 'number' ? 'number' : typeof v === 'boolean' ? 'bool' : 'string';
}

const A: Record<Kind, string> = {
  number: 'a number', bool: 'true/false', string: 'a string', nil: 'nil', list: 'a list',
};

/** "a number (0.97)", "a list of 3 samples": for messages. */
export function describe(v: Val): string {
  if (Array.isArray(v)) return v.length === 1 ? 'a list of 1 sample' : `a list of ${v.length} samples`;
  return v === null ? 'nil' : `${A[kindOf(v)]} (${show(v)})`;
}

/** A number as Prometheus writes it (NaN, +Inf, -Inf), at most 6 significant digits. */
export function showNumber(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? '+Inf' : '-Inf';
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(6)));
}

/** A value for a log line: lists show their first few items. */
export function show(v: Val, items = 5): string {
  if (v === null) return 'nil';
  if (typeof v === 'number') return showNumber(v);
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'boolean') return String(v);
  const shown = v.slice(0, items).map((x) => show(x, items));
  return `[${shown.join(', ')}${v.length > items ? ', …' : ''}]`;
}

/**
 * v where a number is needed. A list of exactly one number stands for that number: a comparison such as
 * `result >= 0.95` on a one-sample vector means what it meant before expr compatibility (Argo Rollouts refuses
 * it). An empty list or several samples depend on the data (waitable); other kinds never fit.
 */
export function toNumber(v: Val, what: string): number {
  if (typeof v === 'number') return v;
  if (Array.isArray(v)) {
    if (v.length === 1 && typeof v[0] === 'number') return v[0];
    if (v.length === 0) {
      const advice = 'write len(result) > 0 && result[0] >= …, or default(result, 0)';
      throw dataError(`${what} is empty where a number is needed (no data); ${advice}`);
    }
    if (v.every((x) => typeof x === 'number')) {
      const advice = 'write all(result, # >= …) for every sample, or result[0] for the first';
      throw dataError(`${what} holds ${v.length} samples where one number is needed; ${advice}`);
    }
  }
  if (v === null) {
    const why = '(max(), first() or find() of no data); write default(…, 0)';
    throw dataError(`${what} is nil where a number is needed ${why}`);
  }
  throw typeError(`${what} must be a number, got ${describe(v)}`);
}

/** Go's int64(f) for a float: truncation toward zero; NaN and ±Inf give the smallest int64, as on amd64. */
export const truncate = (n: number): number => (Number.isFinite(n) ? Math.trunc(n) : -9223372036854775808);

const SIDES: [string, string] = ['the left side of ==', 'the right side of =='];

/**
 * == as Argo Rollouts evaluates it with a typed result: same kinds compare, nil compares with anything (equal only
 * to nil), a one-sample list compares as its number, and different kinds are an error (expr: "mismatched types").
 * `names`: how the two sides are named in messages.
 */
export function equal(a: Val, b: Val, names = SIDES): boolean {
  const ka = kindOf(a);
  const kb = kindOf(b);
  if (ka === 'nil' || kb === 'nil') return ka === kb;
  if (ka === 'list' && kb === 'list') {
    const la = a as readonly Val[];
    const lb = b as readonly Val[];
    return la.length === lb.length && la.every((x, i) => equal(x, lb[i] as Val, names));
  }
  if ((ka === 'list' && kb === 'number') || (ka === 'number' && kb === 'list')) {
    return toNumber(a, names[0]) === toNumber(b, names[1]);
  }
  if (ka !== kb) throw typeError(`== compares ${describe(a)} with ${describe(b)}: mismatched types`);
  return a === b;
}

/** Parses a number the way Go's strconv.ParseFloat does for the forms metrics use. */
export function parseNumber(s: string, fn: string): number {
  const t = s.trim();
  if (/^[+-]?(inf|infinity)$/i.test(t)) return t.startsWith('-') ? -Infinity : Infinity;
  if (/^nan$/i.test(t)) return Number.NaN;
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return Number(t);
  throw typeError(`${fn}(${JSON.stringify(s)}): not a number`);
}
