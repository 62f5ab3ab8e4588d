// all/any/none/one/filter/map/count/sum/find… with a predicate on `#`, as expr-lang defines them
// (docs/language-definition.md): all() and none() of an empty list are true, any() and one() false.
import { typeError } from './errors.js';
import { describe, toNumber, type Val } from './values.js';

export type Test = (element: Val) => Val;

function truth(v: Val, name: string): boolean {
  if (typeof v !== 'boolean') throw typeError(`the predicate of ${name}() must give true/false, got ${describe(v)}`);
  return v;
}

function list(v: Val, name: string): readonly Val[] {
  if (Array.isArray(v)) return v;
  const scalar = typeof v === 'number' ? '; the query returned a scalar: compare result directly' : '';
  throw typeError(`${name}() takes a list, got ${describe(v)}${scalar}`);
}

function countOf(items: readonly Val[], test: Test | undefined, name: string): number {
  return items.filter((x) => truth(test ? test(x) : x, name)).length;
}

function sumOf(items: readonly Val[], test: Test | undefined, name: string): number {
  return items.reduce<number>((acc, x) => acc + toNumber(test ? test(x) : x, `an element in ${name}()`), 0);
}

function findIn(items: readonly Val[], test: Test, name: string): Val {
  const last = name.startsWith('findLast');
  const order = last ? [...items.keys()].reverse() : [...items.keys()];
  const i = order.find((k) => truth(test(items[k] as Val), name));
  if (name.endsWith('Index')) return i ?? -1;
  return i === undefined ? null : (items[i] as Val);
}

/** Calls the predicate function `name` on the list v; `test` is undefined for count(list) and sum(list). */
export function callPredicate(name: string, v: Val, test: Test | undefined): Val {
  const items = list(v, name);
  const t = test as Test;
  switch (name) {
    case 'all': return items.every((x) => truth(t(x), name));
    case 'any': return items.some((x) => truth(t(x), name));
    case 'none': return !items.some((x) => truth(t(x), name));
    case 'one': return countOf(items, t, name) === 1;
    case 'filter': return items.filter((x) => truth(t(x), name));
    case 'map': return items.map((x) => t(x));
    case 'count': return countOf(items, test, name);
    case 'sum': return sumOf(items, test, name);
    default: return findIn(items, t, name);
  }
}
