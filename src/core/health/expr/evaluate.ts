// The evaluator: walks the tree over a result, as expr-lang's VM would with Argo Rollouts' environment
// (utils/evaluate/evaluate.go). Errors are EvalError: Argo Rollouts' Error phase. Never eval, never Function.
import type { Node } from './ast.js';
import { dataError, EvalError, typeError } from './errors.js';
import { BUILTINS } from './functions.js';
import { callPredicate, type Test } from './predicates.js';
import { describe, equal, kindOf, show, toNumber, truncate, type Val } from './values.js';

export interface Scope {
  result: Val;
  /** `#` inside a predicate. */
  it?: Val;
}

/** The longest list `a..b` may build: a condition never needs more, and memory stays bounded. */
const MAX_RANGE = 100_000;

/** How a node is named in messages: `result`, `result[0]`, `max(…)`, else "the value". */
function label(n: Node): string {
  if (n.t === 'result') return 'result';
  if (n.t === 'it') return '#';
  if (n.t === 'index' && n.index.t === 'num') return `${label(n.target)}[${n.index.value}]`;
  if (n.t === 'call') return `${n.fn}(…)`;
  return 'the value';
}

export function evalNode(n: Node, s: Scope): Val {
  switch (n.t) {
    case 'num':
    case 'str':
    case 'bool': return n.value;
    case 'nil': return null;
    case 'result': return s.result;
    case 'it': return s.it ?? null;
    case 'array': return n.items.map((i) => evalNode(i, s));
    case 'member': return member(n, evalNode(n.target, s));
    case 'index': return index(n, evalNode(n.target, s), evalNode(n.index, s));
    case 'slice': return slice(n, s);
    case 'predicate': return evalNode(n.body, s);
    case 'call': return call(n, s);
    case 'unary': return unary(n, evalNode(n.arg, s));
    case 'binary': return binary(n, s);
    case 'cond': return truth(evalNode(n.test, s), 'the test of ? :') ? evalNode(n.then, s) : evalNode(n.else, s);
  }
}

function truth(v: Val, what: string): boolean {
  if (typeof v !== 'boolean') throw typeError(`${what} must be true/false, got ${describe(v)}`);
  return v;
}

function member(n: Extract<Node, { t: 'member' }>, target: Val): Val {
  if (target === null) {
    if (n.optional) return null;
    throw dataError(`${label(n.target)} is nil, so it has no field ${n.name}`);
  }
  const advice = 'a Prometheus result is a number or a list of numbers, write result or result[0]';
  throw typeError(`${label(n.target)}.${n.name}: ${describe(target)} has no fields; ${advice}`);
}

function index(n: Extract<Node, { t: 'index' }>, target: Val, at: Val): Val {
  const what = label(n.target);
  if (target === null) {
    if (n.optional) return null;
    throw dataError(`${what} is nil, so it has no item ${show(at)}`);
  }
  if (typeof target === 'number') {
    const advice = `write ${what}, not ${what}[${show(at)}]`;
    throw typeError(`${what} is a number (the query returned a scalar), it has no items; ${advice}`);
  }
  if (!Array.isArray(target) && typeof target !== 'string') throw typeError(`${describe(target)} cannot be indexed`);
  if (typeof at !== 'number') {
    throw typeError(`${what}[${show(at)}]: an index must be a number such as 0, got ${describe(at)}`);
  }
  const items = typeof target === 'string' ? [...target] : target;
  const i = truncate(at) < 0 ? items.length + truncate(at) : truncate(at);
  if (i < 0 || i >= items.length) {
    const count = `${items.length} ${what === 'result' ? 'sample' : 'item'}${items.length === 1 ? '' : 's'}`;
    const returned = items.length ? `the query returned ${count}` : 'the query returned no data';
    const had = what === 'result' ? returned : `${what} has ${count}`;
    throw dataError(`${what}[${show(at)}] does not exist: ${had}`);
  }
  return items[i] as Val;
}

function slice(n: Extract<Node, { t: 'slice' }>, s: Scope): Val {
  const target = evalNode(n.target, s);
  if (!Array.isArray(target) && typeof target !== 'string') {
    throw typeError(`${describe(target)} cannot be sliced; expected a list`);
  }
  const items = typeof target === 'string' ? [...target] : target;
  const bound = (b: Node | undefined, dflt: number): number => {
    if (!b) return dflt;
    const v = truncate(toNumber(evalNode(b, s), 'a slice bound'));
    return Math.min(Math.max(v < 0 ? items.length + v : v, 0), items.length);
  };
  const out = items.slice(bound(n.from, 0), bound(n.to, items.length));
  return typeof target === 'string' ? out.join('') : out;
}

function call(n: Extract<Node, { t: 'call' }>, s: Scope): Val {
  if (n.fn === 'default') return defaultOf(n, s);
  const pred = n.args.find((a) => a.t === 'predicate');
  if (pred || n.fn === 'count' || n.fn === 'sum') {
    // count(list) and sum(list) take no predicate: test stays undefined.
    const test: Test | undefined = pred && ((x) => evalNode(pred, { result: s.result, it: x }));
    return callPredicate(n.fn, evalNode(n.args[0] as Node, s), test);
  }
  const fn = BUILTINS[n.fn];
  if (!fn) throw typeError(`${n.fn}() cannot be evaluated`);
  return fn(n.args.map((a) => evalNode(a, s)), n.fn);
}

/**
 * default(v, d): d when v is nil, as in Argo Rollouts. A Prometheus result is never nil, so no data counts as nil
 * here: an empty list, or a first argument that fails for want of data (default(result[0], 0) on no samples).
 */
function defaultOf(n: Extract<Node, { t: 'call' }>, s: Scope): Val {
  const [v, d] = n.args as [Node, Node];
  let value: Val;
  try {
    value = evalNode(v, s);
  } catch (e) {
    if (e instanceof EvalError && e.waitable) return evalNode(d, s);
    throw e;
  }
  return value === null || (Array.isArray(value) && value.length === 0) ? evalNode(d, s) : value;
}

function unary(n: Extract<Node, { t: 'unary' }>, v: Val): Val {
  if (n.op === 'not') return !truth(v, 'the operand of not');
  const x = toNumber(v, label(n.arg));
  return n.op === '-' ? -x : x;
}

function binary(n: Extract<Node, { t: 'binary' }>, s: Scope): Val {
  const { op } = n;
  if (op === '&&' || op === '||') {
    const word = op === '&&' ? 'and' : 'or';
    const l = truth(evalNode(n.left, s), `the left side of ${word}`);
    if (l === (op === '||')) return l;
    return truth(evalNode(n.right, s), `the right side of ${word}`);
  }
  const l = evalNode(n.left, s);
  if (op === '??') return l === null ? evalNode(n.right, s) : l;
  const r = evalNode(n.right, s);
  if (op === '==' || op === '!=') return equal(l, r, [label(n.left), label(n.right)]) === (op === '==');
  if (op === 'in') return membership(n, l, r);
  if (op === 'contains' || op === 'startsWith' || op === 'endsWith') return text(op, l, r);
  if (typeof l === 'string' && typeof r === 'string') return strings(op, l, r);
  return numbers(op, toNumber(l, label(n.left)), toNumber(r, label(n.right)));
}

function membership(n: Extract<Node, { t: 'binary' }>, l: Val, r: Val): Val {
  if (Array.isArray(r)) return r.some((x) => kindOf(x) === kindOf(l) && equal(l, x));
  if (typeof r === 'string' && typeof l === 'string') return r.includes(l);
  if (r === null) throw dataError(`${label(n.right)} is nil, so nothing is in it`);
  const scalar = typeof r === 'number' ? ' (the query returned a scalar): write result == …' : '';
  throw typeError(`"in" needs a list on its right, got ${describe(r)}${scalar}`);
}

function text(op: string, l: Val, r: Val): Val {
  if (typeof l !== 'string' || typeof r !== 'string') {
    throw typeError(`${op} takes two strings, got ${describe(l)} and ${describe(r)}`);
  }
  return op === 'contains' ? l.includes(r) : op === 'startsWith' ? l.startsWith(r) : l.endsWith(r);
}

function strings(op: string, l: string, r: string): Val {
  switch (op) {
    case '+': return l + r;
    case '<': return l < r;
    case '>': return l > r;
    case '<=': return l <= r;
    case '>=': return l >= r;
    default: throw typeError(`${op} does not apply to strings`);
  }
}

function numbers(op: string, l: number, r: number): Val {
  switch (op) {
    case '<': return l < r;
    case '>': return l > r;
    case '<=': return l <= r;
    case '>=': return l >= r;
    case '+': return l + r;
    case '-': return l - r;
    case '*': return l * r;
    case '/': return l / r;
    case '**': return l ** r;
    case '%':
      if (!Number.isInteger(l) || !Number.isInteger(r)) {
        throw typeError(`% takes whole numbers, got ${show(l)} and ${show(r)}`);
      }
      if (r === 0) throw typeError('% by zero');
      return l % r;
    default: return range(l, r);
  }
}

function range(from: number, to: number): Val {
  if (!Number.isInteger(from) || !Number.isInteger(to)) {
    throw typeError(`.. takes whole numbers, got ${show(from)} and ${show(to)}`);
  }
  if (to - from >= MAX_RANGE) throw typeError(`${from}..${to} has more than ${MAX_RANGE} numbers`);
  return to < from ? [] : Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
