// A condition: compiled once (parsed and checked, before any request), evaluated on every result.
import type { Node } from './ast.js';
import { Checker } from './check.js';
import { EvalError } from './errors.js';
import { evalNode } from './evaluate.js';
import { Parser } from './parser.js';
import { describe, type Val } from './values.js';

export interface Condition {
  source: string;
  ast: Node;
}

/** Parses and checks a condition; throws ExpressionError naming the place. */
export function compileCondition(source: string): Condition {
  const ast = new Parser(source).parse();
  new Checker(source).condition(ast);
  return { source, ast };
}

/** true or false, or the EvalError that stopped it (Argo Rollouts' Error phase). */
export function evaluate(c: Condition, result: Val): boolean | EvalError {
  try {
    const v = evalNode(c.ast, { result });
    if (typeof v === 'boolean') return v;
    // As Argo Rollouts' EvalCondition: "expected bool, but got …".
    return new EvalError(`the condition gives ${describe(v)}, not true or false`, false);
  } catch (e) {
    if (e instanceof EvalError) return e;
    if (e instanceof RangeError) return new EvalError('the condition is too deeply nested to evaluate', false);
    throw e;
  }
}
