// The condition language of metric checks (`success-condition: result >= 0.95`): a tokenizer, a parser with a
// static type check, and an evaluator over a Prometheus result. Nothing is ever handed to eval or Function.
//
//   expr := or ;  or := and (("||" | "or") and)* ;  and := not (("&&" | "and") not)* ;  not := ("!" | "not") not | cmp
//   cmp  := sum [("==" | "!=" | "<" | "<=" | ">" | ">=") sum] ;  sum := product (("+" | "-") product)*
//   product := unary (("*" | "/") unary)* ;  unary := "-" unary | postfix ;  postfix := primary ("[" expr "]")*
//   primary := number | "true" | "false" | name | name "(" [expr ("," expr)*] ")" | "(" expr ")"
//
// Names: `result` (the samples; as a number, the first sample's value, or the scalar), and `x` (the sample inside
// all()/any()). Functions: len(v), isNaN(n), all(v, cond), any(v, cond), min(v), max(v).
// Missing data and NaN never make a condition true by accident: a comparison that touches no data (an empty
// result, an index past the end) or NaN is *unknown*, and unknown follows three-valued logic (false && unknown is
// false, true || unknown is true, not unknown is unknown). A condition that ends unknown is inconclusive.

export class ExpressionError extends Error {
  constructor(
    readonly reason: string,
    /** 0-based offset into the source. */
    readonly offset: number,
    readonly source: string,
  ) {
    const near = offset >= source.length ? 'at the end' : `at column ${offset + 1} (${JSON.stringify(source.slice(offset, offset + 12))})`;
    super(`${reason} ${near}`);
    this.name = 'ExpressionError';
  }
}

type TokKind = 'num' | 'name' | 'op' | 'end';
interface Token { kind: TokKind; text: string; at: number }

const OPS = ['&&', '||', '==', '!=', '<=', '>=', '<', '>', '!', '+', '-', '*', '/', '(', ')', '[', ']', ','];

export function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i] as string;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const num = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/.exec(src.slice(i));
    if (num) {
      if (/^[A-Za-z_]/.test(src.slice(i + num[0].length))) throw new ExpressionError('a number runs into a name', i, src);
      out.push({ kind: 'num', text: num[0], at: i });
      i += num[0].length;
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i));
    if (name) {
      out.push({ kind: 'name', text: name[0], at: i });
      i += name[0].length;
      continue;
    }
    const op = OPS.find((o) => src.startsWith(o, i));
    if (op) {
      out.push({ kind: 'op', text: op, at: i });
      i += op.length;
      continue;
    }
    if (c === '=') throw new ExpressionError('"=" is not an operator; expected "==" to compare', i, src);
    if (c === '&' || c === '|') throw new ExpressionError(`"${c}" alone is not an operator; expected "${c}${c}"`, i, src);
    throw new ExpressionError(`unexpected character ${JSON.stringify(c)}`, i, src);
  }
  out.push({ kind: 'end', text: '', at: src.length });
  return out;
}

type Type = 'number' | 'boolean' | 'samples';

export type Node =
  | { t: 'num'; value: number; at: number }
  | { t: 'bool'; value: boolean; at: number }
  | { t: 'name'; name: 'result' | 'x'; at: number }
  | { t: 'index'; target: Node; index: Node; at: number }
  | { t: 'call'; fn: string; args: Node[]; at: number }
  | { t: 'unary'; op: '-' | '!'; arg: Node; at: number }
  | { t: 'binary'; op: string; left: Node; right: Node; at: number };

const FUNCTIONS: Record<string, { args: Type[]; returns: Type; binds?: boolean }> = {
  len: { args: ['samples'], returns: 'number' },
  isNaN: { args: ['number'], returns: 'boolean' },
  all: { args: ['samples', 'boolean'], returns: 'boolean', binds: true },
  any: { args: ['samples', 'boolean'], returns: 'boolean', binds: true },
  min: { args: ['samples'], returns: 'number' },
  max: { args: ['samples'], returns: 'number' },
};

const KEYWORDS: Record<string, string> = { and: '&&', or: '||', not: '!' };

class Parser {
  private i = 0;
  private readonly toks: Token[];

  constructor(private readonly src: string) {
    this.toks = tokenize(src).map((t) => (t.kind === 'name' && KEYWORDS[t.text] ? { ...t, kind: 'op', text: KEYWORDS[t.text] as string } : t));
  }

  private peek(): Token {
    return this.toks[this.i] as Token;
  }

  private take(): Token {
    return this.toks[this.i++] as Token;
  }

  private isOp(...ops: string[]): boolean {
    const t = this.peek();
    return t.kind === 'op' && ops.includes(t.text);
  }

  private fail(reason: string, t: Token = this.peek()): never {
    throw new ExpressionError(reason, t.at, this.src);
  }

  private expect(op: string, what: string): Token {
    if (!this.isOp(op)) this.fail(`expected ${what}`);
    return this.take();
  }

  parse(): Node {
    if (this.peek().kind === 'end') this.fail('the condition is empty; expected something like result >= 0.95');
    const n = this.or();
    if (this.peek().kind !== 'end') this.fail(`unexpected ${JSON.stringify(this.peek().text)}; expected an operator or the end`);
    return n;
  }

  private or(): Node {
    let n = this.and();
    while (this.isOp('||')) {
      const t = this.take();
      n = { t: 'binary', op: '||', left: n, right: this.and(), at: t.at };
    }
    return n;
  }

  private and(): Node {
    let n = this.not();
    while (this.isOp('&&')) {
      const t = this.take();
      n = { t: 'binary', op: '&&', left: n, right: this.not(), at: t.at };
    }
    return n;
  }

  private not(): Node {
    if (this.isOp('!')) {
      const t = this.take();
      return { t: 'unary', op: '!', arg: this.not(), at: t.at };
    }
    return this.cmp();
  }

  private cmp(): Node {
    const left = this.sum();
    if (this.isOp('==', '!=', '<', '<=', '>', '>=')) {
      const t = this.take();
      const n: Node = { t: 'binary', op: t.text, left, right: this.sum(), at: t.at };
      if (this.isOp('==', '!=', '<', '<=', '>', '>=')) this.fail('comparisons do not chain; expected "and" between two comparisons');
      return n;
    }
    return left;
  }

  private sum(): Node {
    let n = this.product();
    while (this.isOp('+', '-')) {
      const t = this.take();
      n = { t: 'binary', op: t.text, left: n, right: this.product(), at: t.at };
    }
    return n;
  }

  private product(): Node {
    let n = this.unary();
    while (this.isOp('*', '/')) {
      const t = this.take();
      n = { t: 'binary', op: t.text, left: n, right: this.unary(), at: t.at };
    }
    return n;
  }

  private unary(): Node {
    if (this.isOp('-')) {
      const t = this.take();
      return { t: 'unary', op: '-', arg: this.unary(), at: t.at };
    }
    return this.postfix();
  }

  private postfix(): Node {
    let n = this.primary();
    while (this.isOp('[')) {
      const t = this.take();
      const index = this.or();
      this.expect(']', '"]" to close the index');
      n = { t: 'index', target: n, index, at: t.at };
    }
    return n;
  }

  private primary(): Node {
    const t = this.peek();
    if (t.kind === 'num') {
      this.take();
      return { t: 'num', value: Number(t.text), at: t.at };
    }
    if (t.kind === 'name') {
      this.take();
      if (t.text === 'true' || t.text === 'false') return { t: 'bool', value: t.text === 'true', at: t.at };
      if (this.isOp('(')) {
        if (!FUNCTIONS[t.text]) this.fail(`unknown function ${JSON.stringify(t.text)}; expected one of ${Object.keys(FUNCTIONS).join(', ')}`, t);
        this.take();
        const args: Node[] = [];
        if (!this.isOp(')')) {
          args.push(this.or());
          while (this.isOp(',')) {
            this.take();
            args.push(this.or());
          }
        }
        this.expect(')', `"," or ")" in the call of ${t.text}`);
        return { t: 'call', fn: t.text, args, at: t.at };
      }
      if (t.text === 'result' || t.text === 'x') return { t: 'name', name: t.text, at: t.at };
      this.fail(`unknown name ${JSON.stringify(t.text)}; expected result, a number, true, false or a function`, t);
    }
    if (this.isOp('(')) {
      this.take();
      const n = this.or();
      this.expect(')', '")" to close "("');
      return n;
    }
    if (t.kind === 'end') this.fail('the condition ends too early; expected a number, result, a function or "("');
    this.fail(`unexpected ${JSON.stringify(t.text)}; expected a number, result, a function or "("`);
  }
}

/** The static type of a node; throws ExpressionError where types do not fit. `inBinding`: inside all()/any(). */
function typeOf(n: Node, src: string, inBinding: boolean): Type {
  const fail = (reason: string, at = n.at): never => {
    throw new ExpressionError(reason, at, src);
  };
  const num = (c: Node): void => {
    const t = typeOf(c, src, inBinding);
    if (t === 'boolean') fail('expected a number here, got a true/false value', c.at);
  };
  const bool = (c: Node): void => {
    if (typeOf(c, src, inBinding) !== 'boolean') fail('expected a condition (a comparison, true or false) here, got a number', c.at);
  };
  switch (n.t) {
    case 'num':
      return 'number';
    case 'bool':
      return 'boolean';
    case 'name':
      if (n.name === 'x' && !inBinding) fail('"x" is only defined inside all(result, …) and any(result, …)');
      return n.name === 'result' ? 'samples' : 'number';
    case 'index':
      if (typeOf(n.target, src, inBinding) !== 'samples') fail('only result can be indexed');
      num(n.index);
      return 'number';
    case 'call': {
      const spec = FUNCTIONS[n.fn] as (typeof FUNCTIONS)[string];
      if (n.args.length !== spec.args.length) fail(`${n.fn}() takes ${spec.args.length} argument${spec.args.length === 1 ? '' : 's'}, got ${n.args.length}`);
      spec.args.forEach((want, i) => {
        const a = n.args[i] as Node;
        if (want === 'boolean') {
          if (typeOf(a, src, true) !== 'boolean') fail(`the second argument of ${n.fn}() must be a condition on x, e.g. x >= 0.95`, a.at);
        } else if (want === 'samples') {
          if (typeOf(a, src, inBinding) !== 'samples') fail(`${n.fn}() takes result`, a.at);
        } else num(a);
      });
      return spec.returns;
    }
    case 'unary':
      if (n.op === '-') {
        num(n.arg);
        return 'number';
      }
      bool(n.arg);
      return 'boolean';
    case 'binary':
      if (n.op === '&&' || n.op === '||') {
        bool(n.left);
        bool(n.right);
        return 'boolean';
      }
      if (n.op === '==' || n.op === '!=') {
        const l = typeOf(n.left, src, inBinding) === 'boolean';
        const r = typeOf(n.right, src, inBinding) === 'boolean';
        if (l !== r) fail(`${n.op} compares a number with a true/false value`);
        return 'boolean';
      }
      num(n.left);
      num(n.right);
      return ['+', '-', '*', '/'].includes(n.op) ? 'number' : 'boolean';
  }
}

export interface Condition {
  source: string;
  ast: Node;
}

/** Parses and type-checks a condition; throws ExpressionError with the offending position. */
export function compileCondition(source: string): Condition {
  const ast = new Parser(source).parse();
  if (typeOf(ast, source, false) !== 'boolean') throw new ExpressionError('the condition is a number, not true/false; expected a comparison such as result >= 0.95', 0, source);
  return { source, ast };
}

/** A metric result: the values of a vector's samples (in order), or a scalar (one value). */
export type Samples = readonly number[];

/** What a condition says: true, false, or unknown (with why: no data, NaN). */
export type Truth = boolean | { unknown: string };

type Val = number | boolean | Samples | { unknown: string };

const isUnknown = (v: Val): v is { unknown: string } => typeof v === 'object' && v !== null && !Array.isArray(v);

function evalNode(n: Node, result: Samples, x: number | undefined): Val {
  const asNumber = (v: Val): number | { unknown: string } => {
    if (isUnknown(v)) return v;
    if (Array.isArray(v)) return v.length ? (v[0] as number) : { unknown: 'the query returned no data' };
    return v as number;
  };
  switch (n.t) {
    case 'num':
    case 'bool':
      return n.value;
    case 'name':
      return n.name === 'result' ? result : (x as number);
    case 'index': {
      const i = asNumber(evalNode(n.index, result, x));
      if (isUnknown(i)) return i;
      if (!Number.isInteger(i) || i < 0) return { unknown: `result[${i}] is not a sample (indexes are 0, 1, 2, …)` };
      return i < result.length ? (result[i] as number) : { unknown: result.length ? `result[${i}] does not exist (the query returned ${result.length} sample${result.length === 1 ? '' : 's'})` : 'the query returned no data' };
    }
    case 'call': {
      const [a, b] = n.args as [Node, Node];
      if (n.fn === 'len') return result.length;
      if (n.fn === 'isNaN') {
        const v = asNumber(evalNode(a, result, x));
        return isUnknown(v) ? v : Number.isNaN(v);
      }
      if (n.fn === 'min' || n.fn === 'max') {
        if (!result.length) return { unknown: 'the query returned no data' };
        if (result.some((v) => Number.isNaN(v))) return { unknown: 'a sample is NaN' };
        return n.fn === 'min' ? Math.min(...result) : Math.max(...result);
      }
      // all / any over the samples, three-valued; an empty result is unknown, never vacuously true.
      if (!result.length) return { unknown: 'the query returned no data' };
      let unknown: { unknown: string } | undefined;
      for (const v of result) {
        const t = evalNode(b, result, v);
        if (isUnknown(t)) unknown ??= t;
        else if (n.fn === 'all' && t === false) return false;
        else if (n.fn === 'any' && t === true) return true;
      }
      return unknown ?? n.fn === 'all';
    }
    case 'unary': {
      const v = evalNode(n.arg, result, x);
      if (n.op === '!') return isUnknown(v) ? v : !v;
      const num = asNumber(v);
      return isUnknown(num) ? num : -num;
    }
    case 'binary': {
      if (n.op === '&&' || n.op === '||') {
        const l = evalNode(n.left, result, x);
        const dominant = n.op === '||';
        if (l === dominant) return dominant;
        const r = evalNode(n.right, result, x);
        if (r === dominant) return dominant;
        if (isUnknown(l)) return l;
        if (isUnknown(r)) return r;
        return !dominant;
      }
      const lv = evalNode(n.left, result, x);
      const rv = evalNode(n.right, result, x);
      if (typeof lv === 'boolean' && typeof rv === 'boolean') return n.op === '==' ? lv === rv : lv !== rv;
      const l = asNumber(lv);
      const r = asNumber(rv);
      if (isUnknown(l)) return l;
      if (isUnknown(r)) return r;
      switch (n.op) {
        case '+': return l + r;
        case '-': return l - r;
        case '*': return l * r;
        case '/': return l / r;
      }
      if (Number.isNaN(l) || Number.isNaN(r)) return { unknown: 'the value is NaN (e.g. 0/0: no requests in the window)' };
      switch (n.op) {
        case '==': return l === r;
        case '!=': return l !== r;
        case '<': return l < r;
        case '<=': return l <= r;
        case '>': return l > r;
        default: return l >= r;
      }
    }
  }
}

export function evaluate(c: Condition, result: Samples): Truth {
  const v = evalNode(c.ast, result, undefined);
  if (typeof v === 'boolean') return v;
  if (isUnknown(v)) return v;
  return { unknown: 'the condition did not give true or false' };
}

export type MetricVerdict = 'pass' | 'fail' | 'inconclusive';

/**
 * Argo Rollouts' rule over both conditions: failure true → fail; success true → pass; with only a success
 * condition, false → fail; with only a failure condition, false → pass; both false → inconclusive. Unknown
 * (no data, NaN) on a condition that decides → inconclusive; an empty result is never a pass.
 */
export function judge(success: Condition | undefined, failure: Condition | undefined, result: Samples): { verdict: MetricVerdict; why: string } {
  const f = failure ? evaluate(failure, result) : undefined;
  const s = success ? evaluate(success, result) : undefined;
  if (f === true) return { verdict: 'fail', why: `failure condition ${failure?.source} is true` };
  if (f !== undefined && typeof f === 'object') return { verdict: 'inconclusive', why: f.unknown };
  // No data is never a pass, whatever a condition says (a failure condition such as len(result) == 0 can still fail it).
  if (!result.length) return { verdict: 'inconclusive', why: 'the query returned no data' };
  if (s === true) return { verdict: 'pass', why: `success condition ${success?.source} is true` };
  if (s !== undefined && typeof s === 'object') return { verdict: 'inconclusive', why: s.unknown };
  if (s === false && !failure) return { verdict: 'fail', why: `success condition ${success?.source} is false` };
  if (f === false && !success) return { verdict: 'pass', why: `failure condition ${failure?.source} is false` };
  return { verdict: 'inconclusive', why: 'neither the success nor the failure condition is true' };
}
