// The parser: expr-lang's grammar (parser/parser.go) and operator precedence (parser/operator/operator.go), for the
// part of it that conditions on metric results use. Constructs outside it are refused by name, with what to write.
import type { BinaryOp, Node } from './ast.js';
import { ExpressionError } from './errors.js';
import { FUNCTIONS, UNSUPPORTED_FUNCTIONS } from './functions-spec.js';
import { tokenize, type Token } from './tokenize.js';

/** expr's binary operators: precedence, and whether the right side binds at the same level (right-associative). */
const BINARY: Record<string, { prec: number; right?: boolean; op: BinaryOp }> = {
  or: { prec: 10, op: '||' }, '||': { prec: 10, op: '||' },
  and: { prec: 15, op: '&&' }, '&&': { prec: 15, op: '&&' },
  '==': { prec: 20, op: '==' }, '!=': { prec: 20, op: '!=' }, '<': { prec: 20, op: '<' }, '>': { prec: 20, op: '>' },
  '<=': { prec: 20, op: '<=' }, '>=': { prec: 20, op: '>=' }, in: { prec: 20, op: 'in' },
  contains: { prec: 20, op: 'contains' }, startsWith: { prec: 20, op: 'startsWith' },
  endsWith: { prec: 20, op: 'endsWith' },
  '..': { prec: 25, op: '..' }, '+': { prec: 30, op: '+' }, '-': { prec: 30, op: '-' },
  '*': { prec: 60, op: '*' }, '/': { prec: 60, op: '/' }, '%': { prec: 60, op: '%' },
  '**': { prec: 100, right: true, op: '**' }, '^': { prec: 100, right: true, op: '**' }, '??': { prec: 500, op: '??' },
};
const UNARY: Record<string, { prec: number; op: 'not' | '-' | '+' }> = {
  not: { prec: 50, op: 'not' }, '!': { prec: 50, op: 'not' }, '-': { prec: 90, op: '-' }, '+': { prec: 90, op: '+' },
};
const CHAINED = new Set(['<', '>', '<=', '>=']);
const NEGATABLE = new Set(['in', 'contains', 'startsWith', 'endsWith', 'matches']);
/** Deeper nesting than this is refused, so a hostile or generated condition cannot exhaust the stack. */
const MAX_NESTING = 64;
export const MAX_LENGTH = 4096;

const UNSUPPORTED_WORDS: Record<string, string> = {
  let: 'variables (let) are not supported; write the expression where the variable is used',
  if: 'if/else is not supported; write test ? a : b',
  else: 'if/else is not supported; write test ? a : b',
  matches: 'regular expressions (matches) are not supported; a Prometheus result holds numbers: compare numbers',
  ';': 'sequences (;) are not supported; write one expression',
  '=': '"=" is not an operator; expected "==" to compare',
  '::': 'expr\'s :: calls are not supported; call the function by its name',
  '{': 'map literals are not supported; a Prometheus result is a number or a list of numbers',
};

export class Parser {
  private i = 0;
  private readonly toks: Token[];
  /** How many predicates we are inside: `#` and `.name` mean the current element only there. */
  private predicates = 0;
  private nesting = 0;

  constructor(private readonly src: string) {
    if (src.length > MAX_LENGTH) {
      const why = `the condition is ${src.length} characters long; expected at most ${MAX_LENGTH}`;
      throw new ExpressionError(why, 0, src);
    }
    this.toks = tokenize(src);
  }

  private peek(ahead = 0): Token {
    return this.toks[Math.min(this.i + ahead, this.toks.length - 1)] as Token;
  }

  private take(): Token {
    return this.toks[this.i++] as Token;
  }

  private is(text: string, t: Token = this.peek()): boolean {
    return t.kind === 'op' && t.text === text;
  }

  fail(reason: string, t: Token = this.peek()): never {
    throw new ExpressionError(reason, t.at, this.src);
  }

  expect(text: string, what: string): Token {
    if (!this.is(text)) {
      this.fail(this.peek().kind === 'end' ? `the condition ends too early; expected ${what}` : `expected ${what}`);
    }
    return this.take();
  }

  private refuseUnsupported(t: Token = this.peek()): void {
    const why = t.kind === 'op' || t.kind === 'name' ? UNSUPPORTED_WORDS[t.text] : undefined;
    if (why) this.fail(why, t);
  }

  parse(): Node {
    if (this.peek().kind === 'end') this.fail('the condition is empty; expected something like result[0] >= 0.95');
    this.refuseUnsupported();
    const n = this.expression(0);
    const t = this.peek();
    if (t.kind !== 'end') {
      this.refuseUnsupported(t);
      this.fail(`unexpected ${JSON.stringify(t.text)}; expected an operator or the end`);
    }
    return n;
  }

  /** Precedence climbing as expr's parseExpression: binary operators at `prec` or tighter. */
  expression(prec: number): Node {
    if (++this.nesting > MAX_NESTING) this.fail(`the condition nests more than ${MAX_NESTING} levels deep`);
    let left = this.primary();
    for (;;) {
      if (this.is('|') && prec === 0) {
        // expr's pipe: `result | len()` is len(result).
        this.take();
        const fn = this.peek().kind === 'name' ? this.take() : this.fail('expected a function name after "|"');
        left = this.call(fn, [left]);
        continue;
      }
      const negated = this.is('not') && NEGATABLE.has(this.peek(1).text) && this.peek(1).kind === 'op';
      const t = this.peek(negated ? 1 : 0);
      if (t.text === 'matches' && t.kind === 'op') this.refuseUnsupported(t);
      const b = t.kind === 'op' ? BINARY[t.text] : undefined;
      if (!b || b.prec < prec) break;
      if (negated) this.take();
      this.take();
      left = this.binary(left, t, b, negated);
    }
    if (prec === 0) left = this.conditional(left);
    this.nesting--;
    return left;
  }

  private binary(left: Node, t: Token, b: { prec: number; right?: boolean; op: BinaryOp }, negated: boolean): Node {
    if (CHAINED.has(b.op)) return this.comparison(left, t, b.prec);
    const right = this.expression(b.right ? b.prec : b.prec + 1);
    const n: Node = { t: 'binary', op: b.op, left, right, at: t.at };
    return negated ? { t: 'unary', op: 'not', arg: n, at: t.at } : n;
  }

  /** `a < b <= c` is `a < b && b <= c`, as in expr. */
  private comparison(left: Node, t: Token, prec: number): Node {
    let root: Node | undefined;
    for (;;) {
      const right = this.expression(prec + 1);
      const cmp: Node = { t: 'binary', op: BINARY[t.text]?.op as BinaryOp, left, right, at: t.at };
      root = root ? { t: 'binary', op: '&&', left: root, right: cmp, at: t.at } : cmp;
      left = right;
      if (!(this.peek().kind === 'op' && CHAINED.has(this.peek().text))) return root;
      t = this.take();
    }
  }

  /** `test ? a : b`, and expr's `a ?: b`. */
  private conditional(test: Node): Node {
    while (this.is('?')) {
      const q = this.take();
      if (this.is(':')) {
        this.take();
        test = { t: 'cond', test, then: test, else: this.expression(0), at: q.at };
        continue;
      }
      const then = this.expression(0);
      this.expect(':', '":" of test ? a : b');
      test = { t: 'cond', test, then, else: this.expression(0), at: q.at };
    }
    return test;
  }

  private primary(): Node {
    const t = this.peek();
    const u = t.kind === 'op' ? UNARY[t.text] : undefined;
    if (u) {
      this.take();
      return this.postfix({ t: 'unary', op: u.op, arg: this.expression(u.prec), at: t.at });
    }
    if (this.is('(')) {
      this.take();
      const n = this.expression(0);
      this.refuseUnsupported();
      this.expect(')', '")" to close "("');
      return this.postfix(n);
    }
    if (this.is('#') || (this.is('.') && this.peek(1).kind === 'name')) return this.pointer(t);
    return this.postfix(this.secondary());
  }

  /** `#` (the current element) and `.name` (its field) inside a predicate. */
  private pointer(t: Token): Node {
    if (!this.predicates) {
      this.fail(this.is('#') ? '"#" is the current element inside all(), any(), filter() and the like; write result'
        : 'a field without a value before it; expected something like result[0]', t);
    }
    if (this.is('#')) {
      this.take();
      const n = this.peek();
      if (n.kind === 'name' && n.at === t.at + 1) {
        this.fail(`"#${n.text}" is not supported; expected # alone, the current element`, t);
      }
    }
    return this.postfix({ t: 'it', at: t.at });
  }

  private secondary(): Node {
    const t = this.take();
    if (t.kind === 'num') return { t: 'num', value: t.num as number, at: t.at };
    if (t.kind === 'str') return { t: 'str', value: t.text, at: t.at };
    if (t.kind === 'name') return this.name(t);
    if (this.is('[', t)) return this.array(t);
    this.refuseUnsupported(t);
    if (t.kind === 'end') this.fail('the condition ends too early; expected a number, result, a function or "("', t);
    return this.fail(`unexpected ${JSON.stringify(t.text)}; expected a number, result, a function or "("`, t);
  }

  private name(t: Token): Node {
    if (t.text === 'true' || t.text === 'false') return { t: 'bool', value: t.text === 'true', at: t.at };
    if (t.text === 'nil') return { t: 'nil', at: t.at };
    if (this.is('(')) return this.call(t, []);
    if (t.text === 'result') return { t: 'result', at: t.at };
    // Conditions written for this tool before expr compatibility named the element of all()/any() `x`.
    if (t.text === 'x' && this.predicates) return { t: 'it', at: t.at };
    if (t.text === '$env') this.fail('$env is not supported; the only variable is result', t);
    const hint = /^results?$/i.test(t.text) || /^res/i.test(t.text) ? 'did you mean result? ' : '';
    const expected = 'expected result, a number, a string, true, false, nil or a function call';
    return this.fail(`unknown name ${JSON.stringify(t.text)}; ${hint}${expected}`, t);
  }

  private array(open: Token): Node {
    const items: Node[] = [];
    while (!this.is(']')) {
      if (items.length) this.expect(',', '"," or "]" in the list');
      if (this.is(']')) break;
      items.push(this.expression(0));
    }
    this.take();
    return { t: 'array', items, at: open.at };
  }

  /** A function call; `leading` holds the left side of a pipe (`result | len()`). */
  private call(name: Token, leading: Node[]): Node {
    const spec = FUNCTIONS[name.text];
    if (!spec) {
      const advice = UNSUPPORTED_FUNCTIONS[name.text];
      if (advice) this.fail(`${name.text}() is not supported in conditions; ${advice}`, name);
      const known = Object.keys(FUNCTIONS).join(', ');
      this.fail(`unknown function ${JSON.stringify(name.text)}; expected one of ${known}`, name);
    }
    this.expect('(', `"(" after ${name.text}`);
    const args = [...leading];
    while (!this.is(')')) {
      if (args.length > leading.length) this.expect(',', `"," or ")" in the call of ${name.text}`);
      if (this.is(')')) break;
      args.push(args.length === spec.predicate ? this.predicate() : this.expression(0));
    }
    this.take();
    return { t: 'call', fn: name.text, args, at: name.at };
  }

  /** A predicate: `# > 1` or `{# > 1}`, with `#` in scope. */
  private predicate(): Node {
    const open = this.peek();
    const braces = this.is('{');
    if (braces) this.take();
    this.predicates++;
    const body = this.expression(0);
    this.predicates--;
    if (braces) {
      this.refuseUnsupported();
      this.expect('}', '"}" to close the predicate');
    }
    return { t: 'predicate', body, at: open.at };
  }

  private postfix(n: Node): Node {
    for (;;) {
      if (this.is('.') || this.is('?.')) n = this.member(n);
      else if (this.is('[')) n = this.bracket(n, false);
      else return n;
      if (this.is('(')) this.fail('method calls are not supported; call a function, e.g. len(result)');
    }
  }

  private member(target: Node): Node {
    const dot = this.take();
    const optional = dot.text === '?.';
    if (optional && this.is('[')) return this.bracket(target, true);
    const name = this.take();
    const word = name.kind === 'name' || (name.kind === 'op' && /^[A-Za-z]/.test(name.text));
    if (!word) this.fail('expected a field name after "."', name);
    return { t: 'member', target, name: name.text, optional, at: name.at };
  }

  /** `a[i]`, `a[i:j]`, `a[:j]`, `a[i:]`. */
  private bracket(target: Node, optional: boolean): Node {
    const open = this.take();
    const from = this.is(':') ? undefined : this.expression(0);
    if (this.is(':')) {
      this.take();
      const to = this.is(']') ? undefined : this.expression(0);
      this.expect(']', '"]" to close the slice');
      return { t: 'slice', target, from, to, at: open.at };
    }
    this.expect(']', '"]" to close the index');
    return { t: 'index', target, index: from as Node, optional, at: open.at };
  }
}
