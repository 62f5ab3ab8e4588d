// The bodies of the functions that take values (the predicate ones are in predicates.ts): expr-lang's builtins
// (builtin/builtin.go, builtin/lib.go) and Argo Rollouts' own (utils/evaluate/evaluate.go).
import { typeError } from './errors.js';
import { describe, parseNumber, toNumber, truncate, type Val } from './values.js';

type Fn = (args: readonly Val[], name: string) => Val;

const arg0 = (args: readonly Val[]): Val => args[0] as Val;
const number = (args: readonly Val[], name: string): number => toNumber(arg0(args), `the argument of ${name}()`);

/** The numbers of min/max/mean/median arguments: numbers and (nested) lists of numbers, flattened. */
function numbers(args: readonly Val[], name: string): number[] {
  const out: number[] = [];
  const add = (v: Val): void => {
    if (Array.isArray(v)) v.forEach(add);
    else if (typeof v === 'number') out.push(v);
    else throw typeError(`${name}() takes numbers and lists of numbers, got ${describe(v)}`);
  };
  args.forEach(add);
  return out;
}

/** expr's minMax: the first value wins unless a later one is strictly better, so NaN behaves as in Go. */
function extreme(args: readonly Val[], name: string): Val {
  let best: number | null = null;
  for (const n of numbers(args, name)) if (best === null || (name === 'max' ? best < n : best > n)) best = n;
  return best;
}

function median(args: readonly Val[], name: string): Val {
  const v = numbers(args, name).sort((a, b) => a - b);
  if (!v.length) return 0;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? (v[mid] as number) : ((v[mid - 1] as number) + (v[mid] as number)) / 2;
}

function len(args: readonly Val[]): Val {
  const v = arg0(args);
  if (Array.isArray(v)) return v.length;
  if (typeof v === 'string') return [...v].length;
  const scalar = typeof v === 'number' ? ' (the query returned a scalar: compare result directly)' : '';
  throw typeError(`len() takes a list or a string, got ${describe(v)}${scalar}`);
}

function asInt(args: readonly Val[], name: string): Val {
  const v = arg0(args);
  if (typeof v === 'string') {
    if (/^[+-]?\d+$/.test(v.trim())) return Number.parseInt(v, 10);
    throw typeError(`${name}(${JSON.stringify(v)}): not a whole number; write asFloat() for decimals`);
  }
  return truncate(toNumber(v, `the argument of ${name}()`));
}

function asFloat(args: readonly Val[], name: string): Val {
  const v = arg0(args);
  return typeof v === 'string' ? parseNumber(v, name) : toNumber(v, `the argument of ${name}()`);
}

function element(args: readonly Val[], name: string): Val {
  const v = arg0(args);
  if (!Array.isArray(v)) throw typeError(`${name}() takes a list, got ${describe(v)}`);
  return (name === 'first' ? v[0] : v[v.length - 1]) ?? null;
}

/** Go's math.Round: halves away from zero (JavaScript's Math.round rounds -2.5 to -2). */
const goRound = (n: number): number => Math.sign(n) * Math.round(Math.abs(n));

export const BUILTINS: Record<string, Fn> = {
  len,
  min: extreme,
  max: extreme,
  mean: (args, name) => {
    const v = numbers(args, name);
    return v.length ? v.reduce((a, b) => a + b, 0) / v.length : 0;
  },
  median,
  abs: (args, name) => Math.abs(number(args, name)),
  ceil: (args, name) => Math.ceil(number(args, name)),
  floor: (args, name) => Math.floor(number(args, name)),
  round: (args, name) => goRound(number(args, name)),
  int: asInt,
  float: asFloat,
  first: element,
  last: element,
  isNaN: (args, name) => Number.isNaN(number(args, name)),
  isInf: (args, name) => {
    const n = number(args, name);
    return n === Infinity || n === -Infinity;
  },
  asInt,
  asFloat,
  // Argo Rollouts' isNil looks at the whole result; a Prometheus result is never nil, so an empty one counts.
  isNil: (args) => arg0(args) === null || (Array.isArray(arg0(args)) && (arg0(args) as Val[]).length === 0),
};
