// The static check: refuses, before any request, what cannot work whatever the query returns (`1 == "a"`,
// `not result > 1`, a number as the whole condition), as expr's checker does. `result` is 'any' here: a number for a
// scalar query, a list for a vector; what depends on it is checked when the result is known (evaluate.ts).
import type { Node } from './ast.js';
import { ExpressionError } from './errors.js';
import { FUNCTIONS, type SType } from './functions-spec.js';

const DESCRIBE: Record<SType, string> = {
  number: 'a number', bool: 'true/false', string: 'a string', list: 'a list', nil: 'nil', any: 'a value',
};
const NUMERIC: SType[] = ['number', 'list', 'any'];
const ORDINAL = ['first', 'second', 'third', 'fourth'];

/** Can a value of type a ever be compared for equality with one of type b? */
function comparable(a: SType, b: SType): boolean {
  if (a === b || a === 'any' || b === 'any' || a === 'nil' || b === 'nil') return true;
  // A one-sample list stands for its number.
  return (a === 'list' && b === 'number') || (a === 'number' && b === 'list');
}

export class Checker {
  constructor(private readonly src: string) {}

  private fail(reason: string, at: number): never {
    throw new ExpressionError(reason, at, this.src);
  }

  /** The whole condition: it must be able to give true or false. */
  condition(n: Node): void {
    const t = this.type(n);
    if (t !== 'bool' && t !== 'any') {
      this.fail(`the condition is ${DESCRIBE[t]}, not true/false; expected a comparison such as result >= 0.95`, 0);
    }
  }

  type(n: Node): SType {
    switch (n.t) {
      case 'num': return 'number';
      case 'str': return 'string';
      case 'bool': return 'bool';
      case 'nil': return 'nil';
      case 'result':
      case 'it': return 'any';
      case 'array':
        n.items.forEach((i) => this.type(i));
        return 'list';
      case 'member': return this.member(n.target, n.at);
      case 'index': return this.index(n.target, n.index, n.at);
      case 'slice': return this.slice(n);
      case 'predicate': return this.type(n.body);
      case 'call': return this.call(n);
      case 'unary': return this.unary(n);
      case 'binary': return this.binary(n);
      case 'cond': {
        this.want(n.test, ['bool', 'any'], 'the test of ? :');
        const a = this.type(n.then);
        return a === this.type(n.else) ? a : 'any';
      }
    }
  }

  /** Checks that n has one of `ok` (or 'any'), naming `what` in the message. */
  private want(n: Node, ok: SType[], what: string): SType {
    const t = this.type(n);
    if (t !== 'any' && !ok.includes(t)) {
      const allowed = ok.filter((o) => o !== 'any').map((o) => DESCRIBE[o]).join(' or ');
      this.fail(`${what} must be ${allowed}, got ${DESCRIBE[t]}`, n.at);
    }
    return t;
  }

  private member(target: Node, at: number): SType {
    const t = this.type(target);
    if (t !== 'any' && t !== 'nil') this.fail(`${DESCRIBE[t]} has no fields`, at);
    return 'any';
  }

  private index(target: Node, index: Node, at: number): SType {
    const t = this.type(target);
    if (t === 'number' || t === 'bool' || t === 'nil') {
      this.fail(`${DESCRIBE[t]} cannot be indexed; expected a list such as result`, at);
    }
    this.want(index, ['number', 'string', 'any'], 'an index');
    return 'any';
  }

  private slice(n: Extract<Node, { t: 'slice' }>): SType {
    const t = this.want(n.target, ['list', 'string'], 'what is sliced');
    if (n.from) this.want(n.from, NUMERIC, 'a slice bound');
    if (n.to) this.want(n.to, NUMERIC, 'a slice bound');
    return t;
  }

  private call(n: Extract<Node, { t: 'call' }>): SType {
    const spec = FUNCTIONS[n.fn];
    if (!spec) return this.fail(`unknown function ${JSON.stringify(n.fn)}`, n.at);
    if (n.args.length < spec.min || n.args.length > spec.max) {
      const range = spec.max === Infinity ? `at least ${spec.min}` : `${spec.min} or ${spec.max}`;
      const want = spec.min === spec.max ? `${spec.min}` : range;
      this.fail(`${n.fn}() takes ${want} argument${want === '1' ? '' : 's'}, got ${n.args.length}`, n.at);
    }
    n.args.forEach((a, i) => {
      const what = `the ${ORDINAL[i] ?? `#${i + 1}`} argument of ${n.fn}()`;
      if (a.t === 'predicate') {
        const filters = !['map', 'sum'].includes(n.fn);
        if (filters) this.want(a.body, ['bool', 'any'], `${what} (a condition on #, e.g. # < 0.05)`);
        else this.type(a.body);
        return;
      }
      this.want(a, [...(spec.args[Math.min(i, spec.args.length - 1)] as SType[]), 'any'], what);
    });
    return spec.returns;
  }

  private unary(n: Extract<Node, { t: 'unary' }>): SType {
    if (n.op !== 'not') {
      this.want(n.arg, NUMERIC, `the operand of ${n.op}`);
      return 'number';
    }
    const t = this.type(n.arg);
    if (t !== 'bool' && t !== 'any') this.fail(`"not" applies to true/false, got ${DESCRIBE[t]}`, n.at);
    return 'bool';
  }

  private binary(n: Extract<Node, { t: 'binary' }>): SType {
    const { op } = n;
    if (op === '&&' || op === '||') {
      const word = op === '&&' ? 'and' : 'or';
      this.want(n.left, ['bool'], `the left side of ${word} (a condition such as result > 1)`);
      this.want(n.right, ['bool'], `the right side of ${word} (a condition such as result > 1)`);
      return 'bool';
    }
    if (op === '??') {
      this.type(n.left);
      this.type(n.right);
      return 'any';
    }
    const l = this.type(n.left);
    const r = this.type(n.right);
    if (n.left.t === 'unary' && n.left.op === 'not' && !(['==', '!='].includes(op) && ['bool', 'any'].includes(r))) {
      // expr binds `not` tighter than comparisons: `not result > 1` is `(not result) > 1`.
      const why = `so not a ${op} b is (not a) ${op} b; write not (a ${op} b)`;
      this.fail(`"not" binds tighter than ${op}, ${why}`, n.left.at);
    }
    return this.operands(op, l, r, n.at);
  }

  private operands(op: string, l: SType, r: SType, at: number): SType {
    const bad = (): never => this.fail(`${op} does not apply to ${DESCRIBE[l]} and ${DESCRIBE[r]}`, at);
    const num = (t: SType): boolean => NUMERIC.includes(t);
    const str = (t: SType): boolean => t === 'string' || t === 'any';
    switch (op) {
      case '==':
      case '!=':
        if (!comparable(l, r)) this.fail(`${op} compares ${DESCRIBE[l]} with ${DESCRIBE[r]}: they are never equal`, at);
        return 'bool';
      case '<': case '>': case '<=': case '>=':
        return (num(l) && num(r)) || (str(l) && str(r)) ? 'bool' : bad();
      case 'in':
        return ['list', 'string', 'any'].includes(r) ? 'bool' : bad();
      case 'contains': case 'startsWith': case 'endsWith':
        return str(l) && str(r) ? 'bool' : bad();
      case '..':
        return num(l) && num(r) ? 'list' : bad();
      case '+':
        if (l === 'string' && r === 'string') return 'string';
        if (num(l) && num(r)) return l === 'any' || r === 'any' ? 'any' : 'number';
        return (l === 'any' && str(r)) || (r === 'any' && str(l)) ? 'any' : bad();
      default:
        return num(l) && num(r) ? 'number' : bad();
    }
  }
}
