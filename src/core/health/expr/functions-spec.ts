// Which functions a condition may call, how many arguments each takes and what they may be. The functions are
// expr-lang's builtins (docs/language-definition.md) and the ones Argo Rollouts adds in utils/evaluate/evaluate.go
// (asInt, asFloat, isNaN, isInf, isNil, default); bodies are in functions.ts and predicates.ts.

/** What the checker knows of a value before any data: 'any' is whatever `result` turns out to be. */
export type SType = 'number' | 'bool' | 'string' | 'list' | 'nil' | 'any';

export interface FnSpec {
  min: number;
  max: number;
  /** The position of the predicate argument (`all(result, # > 1)`), parsed with `#` in scope. */
  predicate?: number;
  /** What each argument may be, by position; the last entry repeats. 'any' is always let through. */
  args: SType[][];
  returns: SType;
}

// A number, or a list: a one-sample list stands for its number (see values.ts).
const NUM: SType[] = ['number', 'list'];
const LIST: SType[] = ['list'];
const ANY: SType[] = ['number', 'bool', 'string', 'list', 'nil'];

const pred = (returns: SType, min = 2): FnSpec => ({ min, max: 2, predicate: 1, args: [LIST, ANY], returns });
const num = (returns: SType, args: SType[] = NUM): FnSpec => ({ min: 1, max: 1, args: [args], returns });

export const FUNCTIONS: Record<string, FnSpec> = {
  len: num('number', ['list', 'string']),
  all: pred('bool'),
  any: pred('bool'),
  none: pred('bool'),
  one: pred('bool'),
  filter: pred('list'),
  map: pred('list'),
  count: pred('number', 1),
  sum: pred('number', 1),
  find: pred('any'),
  findIndex: pred('number'),
  findLast: pred('any'),
  findLastIndex: pred('number'),
  min: { min: 1, max: Infinity, args: [NUM], returns: 'any' },
  max: { min: 1, max: Infinity, args: [NUM], returns: 'any' },
  mean: { min: 1, max: Infinity, args: [NUM], returns: 'number' },
  median: { min: 1, max: Infinity, args: [NUM], returns: 'number' },
  abs: num('number'),
  ceil: num('number'),
  floor: num('number'),
  round: num('number'),
  int: num('number', ['number', 'string', 'list']),
  float: num('number', ['number', 'string', 'list']),
  first: num('any', LIST),
  last: num('any', LIST),
  isNaN: num('bool'),
  isInf: num('bool'),
  asInt: num('number', ['number', 'string', 'list']),
  asFloat: num('number', ['number', 'string', 'list']),
  isNil: num('bool', ANY),
  default: { min: 2, max: 2, args: [ANY, ANY], returns: 'any' },
};

const LIST_ADVICE = 'use all(), any(), none(), one(), filter(), map(), count(), len(), sum(), mean(), min() or max()';
const TEXT_ADVICE = 'a Prometheus result holds numbers: compare numbers, e.g. result[0] >= 0.95';

/** expr functions that conditions here do not evaluate, with what to write instead. */
export const UNSUPPORTED_FUNCTIONS: Record<string, string> = {
  ...Object.fromEntries(['reduce', 'groupBy', 'sortBy', 'sort', 'uniq', 'concat', 'flatten', 'take', 'reverse', 'get',
    'keys', 'values', 'toPairs', 'fromPairs'].map((f) => [f, LIST_ADVICE])),
  ...Object.fromEntries(['now', 'duration', 'date', 'timezone'].map((f) => [f,
    'times are the query\'s business: put the window in PromQL (rate(x[5m]), offset) and compare the number'])),
  ...Object.fromEntries(['trim', 'trimPrefix', 'trimSuffix', 'upper', 'lower', 'split', 'splitAfter', 'replace',
    'repeat', 'indexOf', 'lastIndexOf', 'hasPrefix', 'hasSuffix', 'join', 'string', 'type', 'toJSON', 'fromJSON',
    'toBase64', 'fromBase64'].map((f) => [f, TEXT_ADVICE])),
  ...Object.fromEntries(['bitand', 'bitor', 'bitxor', 'bitnand', 'bitnot', 'bitshl', 'bitshr', 'bitushr'].map((f) => [f,
    'compute bits in PromQL and compare the number it returns'])),
};
