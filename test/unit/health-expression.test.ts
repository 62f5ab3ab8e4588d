// The condition language (Argo Rollouts' expressions: expr-lang with asInt, asFloat, isNaN, isInf, isNil and
// default), Argo Rollouts' verdict over both conditions, and the prometheus check that feeds them.
import { describe, expect, it } from '@jest/globals';
import {
  compileCondition, EvalError, evaluate, ExpressionError, judge, tokenize, type Val,
} from '../../src/core/health/expression.js';
import { evaluatePrometheus, probePrometheus, promResult } from '../../src/core/health/prometheus-check.js';
import type { HttpPort, HttpResponse } from '../../src/core/ports.js';
import type { PrometheusTarget } from '../../src/core/health/spec.js';

/** true/false, or the EvalError's message and whether a later sample may clear it. */
function truth(src: string, result: Val): unknown {
  const v = evaluate(compileCondition(src), result);
  return v instanceof EvalError ? { error: v.message, waitable: v.waitable } : v;
}

const refusal = (src: string): string => {
  try {
    compileCondition(src);
  } catch (e) {
    if (e instanceof ExpressionError) return e.message;
    throw e;
  }
  throw new Error(`no error for ${JSON.stringify(src)}`);
};

describe('tokens', () => {
  it('reads numbers, strings, names, operators, word operators and skips comments', () => {
    const texts = (s: string): string[] => tokenize(s).map((t) => t.text);
    expect(texts('result[0] >= 0.95 and not isNaN(result)')).toEqual(
      ['result', '[', '0', ']', '>=', '0.95', 'and', 'not', 'isNaN', '(', 'result', ')', '']);
    expect(texts('10.000000 not in result // why\n/* a */ ** #')).toEqual(['10.000000', 'not', 'in', 'result', '**', '#', '']);
    expect(tokenize('1e-3 .5 0x1F 1_000 0b101 1..3').map((t) => t.num)).toEqual([0.001, 0.5, 31, 1000, 5, 1, undefined, 3, undefined]);
    expect(tokenize(`'It worked!' "a\\"b\\n" \`raw\\n\``).map((t) => [t.kind, t.text]).slice(0, 3))
      .toEqual([['str', 'It worked!'], ['str', 'a"b\n'], ['str', 'raw\\n']]);
    expect(tokenize('not in and or').map((t) => t.kind)).toEqual(['op', 'op', 'op', 'op', 'end']);
  });
});

describe('result is a list for a vector and a number for a scalar', () => {
  it('indexes a list (negative from the end), slices it, and counts it', () => {
    expect(truth('result[0] >= 0.95', [0.97, 0.1])).toBe(true);
    expect(truth('result[1] < 0.5 && result[-1] == 0.1', [0.97, 0.1])).toBe(true);
    expect(truth('len(result) == 2 && result[1:] == [0.1]', [0.97, 0.1])).toBe(true);
    expect(truth('result == 10 && result != 11', 10)).toBe(true);
  });

  it('a missing sample is an error a later sample may clear; a scalar indexed is one none can', () => {
    expect(truth('result[0] >= 0.95', [])).toEqual({ error: 'result[0] does not exist: the query returned no data', waitable: true });
    expect(truth('result[2] > 0', [1])).toEqual({ error: 'result[2] does not exist: the query returned 1 sample', waitable: true });
    expect(truth('result[0] >= 0.95', 0.97)).toEqual({
      error: 'result is a number (the query returned a scalar), it has no items; write result, not result[0]', waitable: false,
    });
    expect(truth('len(result) > 0', 0.97)).toMatchObject({ error: expect.stringMatching(/^len\(\) takes a list/), waitable: false });
  });

  it('extension: a one-sample list compares as its number; none or several samples are an error saying what to write', () => {
    expect(truth('result >= 0.95', [0.97])).toBe(true);
    expect(truth('isNaN(result) || result < 0.5', [Number.NaN])).toBe(true);
    expect(truth('result * 100 > 95 and -result < 0', [0.97])).toBe(true);
    expect(truth('result >= 0.95', [0.97, 0.5])).toEqual({
      error: 'result holds 2 samples where one number is needed; write all(result, # >= …) for every sample, or result[0] for the first',
      waitable: true,
    });
    expect(truth('result >= 0.95', [])).toMatchObject({ error: expect.stringMatching(/^result is empty .*default\(result, 0\)/), waitable: true });
  });

  it('NaN compares as in Go: false, except != ; +Inf is above every number', () => {
    expect(truth('result >= 0.95', Number.NaN)).toBe(false);
    expect(truth('result < 0.95', Number.NaN)).toBe(false);
    expect(truth('result != 10', Number.NaN)).toBe(true);
    expect(truth('result == result', Number.NaN)).toBe(false);
    expect(truth('result > 1e308 && isInf(result) && !isNaN(result)', Infinity)).toBe(true);
    expect(truth('isInf(result)', -Infinity)).toBe(true);
  });
});

describe('operators, precedence and functions as expr-lang has them', () => {
  it('and/or/not in both spellings; not binds tighter than comparisons, and saying so', () => {
    expect(truth('result > 1 || result < 0 && false', 2)).toBe(true);
    expect(truth('(result > 1 or result < 0) and false', 2)).toBe(false);
    expect(truth('not (result > 1) && !isNaN(result)', 0)).toBe(true);
    expect(refusal('not result > 1')).toBe('"not" binds tighter than >, so not a > b is (not a) > b; write not (a > b) at column 1 ("not result >")');
  });

  it('arithmetic, ** (right to left), %, chained comparisons, ternary, ??, pipes, ranges', () => {
    expect(truth('1 + 2 * 3 == 7 && 2 ** 3 ** 2 == 512 && 7 % 3 == 1 && 1 / 0 > 1e308', 0)).toBe(true);
    expect(truth('0.5 < result <= 1', [0.7])).toBe(true);
    expect(truth('0.5 < result <= 1', [1.5])).toBe(false);
    expect(truth('(len(result) > 0 ? result[0] : 1) >= 0.95', [])).toBe(true);
    expect(truth('(nil ?? 3) == 3 && (result | len()) == 2 && sum(1..4) == 10', [1, 2])).toBe(true);
    // The pipe binds loosest of all, as in expr: the whole left side goes into len().
    expect(refusal('true && result | len() == 2')).toMatch(/^the first argument of len\(\) must be a list or a string, got true\/false/);
    expect(truth('7.5 % 2 == 1', 0)).toMatchObject({ error: '% takes whole numbers, got 7.5 and 2', waitable: false });
  });

  it('in and not in, over lists and strings; string comparisons', () => {
    expect(truth('10 in result && 12 not in result', [10, 11])).toBe(true);
    expect(truth('10.000000 in result', [5])).toBe(false);
    expect(truth('"ok" in "all ok" && "b" > "a" && "a" + "b" == "ab" && "abc" startsWith "ab"', 0)).toBe(true);
    expect(truth('10 in result', 10)).toMatchObject({ error: expect.stringMatching(/^"in" needs a list on its right, got a number \(10\)/) });
  });

  it('all/any/none/one/filter/map/count/sum/find with # (with or without braces), as expr on empty lists', () => {
    expect(truth('all(result, # < 0.05)', [0.01, 0.04])).toBe(true);
    expect(truth('any(result, {# > 5})', [1, 6])).toBe(true);
    expect(truth('none(result, # > 5) && one(result, # == 1)', [1, 2])).toBe(true);
    expect(truth('len(filter(result, # > 1)) == 1 && map(result, # * 2) == [2, 4]', [1, 2])).toBe(true);
    expect(truth('count(result, # > 1) == 1 && sum(result) == 3 && sum(result, # * 2) == 6', [1, 2])).toBe(true);
    expect(truth('find(result, # > 1) == 2 && findIndex(result, # > 5) == -1 && findLast(result, # > 0) == 2', [1, 2])).toBe(true);
    // all() and none() of nothing are true, any() and one() false: Argo Rollouts passes all(result, …) on no data.
    expect(truth('all(result, # < 0.05) && none(result, # > 1) && !any(result, # > 1) && !one(result, # > 1)', [])).toBe(true);
    expect(truth('all(result, # + 1)', [1])).toMatchObject({ error: expect.stringMatching(/^the predicate of all\(\) must give true\/false/) });
    expect(truth('all(result, x >= 0.95)', [0.99])).toBe(true); // this tool's older spelling of #
  });

  it('min/max/mean/median as expr: over lists, NaN kept only when first, no data gives nil', () => {
    expect(truth('max(result) < 0.05 && min(result) == 0.01 && mean(result) == 0.02 && median(result) == 0.02', [0.01, 0.02, 0.03])).toBe(true);
    expect(truth('max(result, 5) == 5 && abs(-2) == 2 && round(-2.5) == -3 && ceil(1.2) == 2 && floor(1.8) == 1', [1])).toBe(true);
    expect(truth('isNaN(max(result))', [Number.NaN, 1])).toBe(true);
    expect(truth('max(result) == 1', [1, Number.NaN])).toBe(true);
    expect(truth('max(result) < 0.05', [])).toMatchObject({ error: expect.stringMatching(/^max\(…\) is nil where a number is needed/), waitable: true });
    expect(truth('mean(result) == 0 && first(result) == nil && last(result) == nil', [])).toBe(true);
  });

  it("default(): the value, or the default when there is no data (Argo's nil; an empty vector here)", () => {
    expect(truth('default(result, 0) < 0.05', [])).toBe(true);
    expect(truth('default(result, 1) < 0.05', [])).toBe(false);
    expect(truth('default(result, 1) < 0.05', [0.01])).toBe(true);
    expect(truth('default(result[0], 1) < 0.05', [])).toBe(false);
    expect(truth('default(result, 0) < 0.05', 0.5)).toBe(false);
    expect(truth('isNil(result) && !isNil([1])', [])).toBe(true);
  });

  it('asInt and asFloat, over numbers and strings, as Argo Rollouts converts them', () => {
    expect(truth('asInt(result) == 1', 1.9)).toBe(true);
    expect(truth('asInt(result) == -1', '-1')).toBe(true);
    expect(truth('asFloat(result) > 1.1', '1.2')).toBe(true);
    expect(truth('isInf(asFloat(result))', '+Inf')).toBe(true);
    expect(truth('asInt(result) == 1', '1.5')).toEqual({ error: 'asInt("1.5"): not a whole number; write asFloat() for decimals', waitable: false });
    expect(truth('asFloat(result) == 1', 'abc')).toEqual({ error: 'asFloat("abc"): not a number', waitable: false });
  });

  it('type mismatches that only the result reveals are errors no sample can fix', () => {
    expect(truth('result == "true"', 1)).toEqual({ error: '== compares a number (1) with a string ("true"): mismatched types', waitable: false });
    expect(truth('result.count == 10', [1])).toEqual({
      error: 'result.count: a list of 1 sample has no fields; a Prometheus result is a number or a list of numbers, write result or result[0]',
      waitable: false,
    });
    expect(truth('result', [1])).toEqual({ error: 'the condition gives a list of 1 sample, not true or false', waitable: false });
    expect(truth('result?.count == nil', null)).toBe(true);
  });
});

describe('conditions refused before any request, naming the construct and what to write', () => {
  it.each([
    ['result >= ', 'the condition ends too early; expected a number, result, a function or "(" at the end'],
    ['result => 0.9', '"=" is not an operator; expected "==" to compare at column 8 ("=> 0.9")'],
    ['result > 1 & result < 2', '"&" alone is not an operator; expected "&&" (or and) at column 12 ("& result < 2")'],
    ['result >= 0.9)', 'unexpected ")"; expected an operator or the end at column 14 (")")'],
    ['', 'the condition is empty; expected something like result[0] >= 0.95 at the end'],
    ['foo > 1', 'unknown name "foo"; expected result, a number, a string, true, false, nil or a function call at column 1 ("foo > 1")'],
    ['sqrt(result) > 1', 'unknown function "sqrt"; expected one of'],
    ['now() - duration("1h") > 0', 'now() is not supported in conditions; times are the query\'s business'],
    ['upper(result) == "X"', 'upper() is not supported in conditions; a Prometheus result holds numbers'],
    ['reduce(result, #acc + #) > 1', 'reduce() is not supported in conditions; use all(), any()'],
    ['let x = result[0]; x > 1', 'variables (let) are not supported; write the expression where the variable is used'],
    ['if result[0] > 1 { true } else { false }', 'if/else is not supported; write test ? a : b'],
    ['result[0] > 1; true', 'sequences (;) are not supported; write one expression'],
    ['{a: 1}.a == 1', 'map literals are not supported; a Prometheus result is a number or a list of numbers'],
    ['"x" matches "y"', 'regular expressions (matches) are not supported'],
    ['$env.result > 1', '$env is not supported; the only variable is result'],
    ['all(result, #index < 2)', '"#index" is not supported; expected # alone, the current element'],
    ['# > 1', '"#" is the current element inside all(), any(), filter() and the like; write result'],
    ['result.Name() == "hi"', 'method calls are not supported; call a function, e.g. len(result)'],
    ['len(result, 1) > 0', 'len() takes 1 argument, got 2'],
    ['all(result, "x")', 'the second argument of all() (a condition on #, e.g. # < 0.05) must be true/false, got a string'],
    ['result + 1', 'the condition is any'],
    ['1 + 1', 'the condition is a number, not true/false; expected a comparison such as result >= 0.95'],
    ['1 == "1"', '== compares a number with a string: they are never equal'],
    ['result and 1', 'the right side of and (a condition such as result > 1) must be true/false, got a number'],
    ['"unclosed', 'the string is not closed; expected a closing "'],
    ['result > 1abc', 'bad number "1abc"; expected digits such as 0.95 or 1e-3'],
    ['results[0] >= 90', 'unknown name "results"; did you mean result?'],
  ])('%s', (src, message) => {
    if (message === 'the condition is any') {
      // result + 1 may be anything until the result is known: it compiles, and fails on a result.
      expect(truth(src, 1)).toMatchObject({ error: 'the condition gives a number (2), not true or false' });
      return;
    }
    expect(refusal(src)).toContain(message);
  });

  it('bounds length and nesting, so no condition can exhaust memory or the stack', () => {
    expect(refusal(`result > ${'1 + '.repeat(1100)}1`)).toMatch(/^the condition is 4\d{3} characters long; expected at most 4096/);
    expect(refusal(`${'('.repeat(70)}result > 1${')'.repeat(70)}`)).toMatch(/nests more than 64 levels deep/);
    expect(truth(`result > ${'1 + '.repeat(900)}1`, 1000)).toBe(true);
  });

  it('never reaches JavaScript objects: names and fields outside the language are refused or fail', () => {
    expect(() => compileCondition('constructor > 1')).toThrow(ExpressionError);
    expect(() => compileCondition('process.exit(1)')).toThrow(ExpressionError);
    expect(truth('result["length"] > 0', [1, 2])).toMatchObject({ error: expect.stringMatching(/an index must be a number/) });
    expect(truth('result.constructor == nil', [1])).toMatchObject({ error: expect.stringMatching(/has no fields/) });
    expect(truth('len(result.__proto__) > 0', [1])).toMatchObject({ error: expect.stringMatching(/has no fields/) });
  });
});

describe("judge: Argo Rollouts' EvaluateResult, phase for phase", () => {
  const s = compileCondition('result >= 0.95');
  const f = compileCondition('result < 0.9');
  it('failure true fails; success true passes; both false is inconclusive', () => {
    expect(judge(s, f, [0.97])).toEqual({ verdict: 'pass', why: 'success condition result >= 0.95 is true' });
    expect(judge(s, f, [0.5])).toEqual({ verdict: 'fail', why: 'failure condition result < 0.9 is true' });
    expect(judge(s, f, [0.92])).toEqual({ verdict: 'inconclusive', why: 'neither the success nor the failure condition is true' });
  });
  it('a success condition alone fails when false; a failure condition alone passes when false; none passes', () => {
    expect(judge(s, undefined, [0.5]).verdict).toBe('fail');
    expect(judge(undefined, f, [0.95]).verdict).toBe('pass');
    expect(judge(undefined, undefined, [])).toEqual({ verdict: 'pass', why: 'no condition' });
  });
  it('an error in either condition is the verdict, the success condition first', () => {
    expect(judge(compileCondition('result[0] > 1'), compileCondition('true'), [])).toEqual({
      verdict: 'error', waitable: true, why: 'could not evaluate success condition result[0] > 1: result[0] does not exist: the query returned no data',
    });
    expect(judge(compileCondition('true'), compileCondition('result.x > 1'), [1])).toMatchObject({ verdict: 'error', waitable: false });
    expect(judge(compileCondition('len(result) == 0 || result[0] > 1'), undefined, [])).toMatchObject({ verdict: 'pass' });
  });
});

describe('the prometheus check', () => {
  const base = { id: 't', check: 0, key: 'k' };
  const target = (success?: string, failure?: string): PrometheusTarget => ({
    ...base, type: 'prometheus', url: 'http://p:9090', query: 'q', headers: {},
    success: success === undefined ? undefined : compileCondition(success),
    failure: failure === undefined ? undefined : compileCondition(failure),
  });
  const t = target('result >= 0.95', 'result < 0.9');
  const res = (status: number, body: unknown): HttpResponse =>
    ({ status, headers: {}, body: typeof body === 'string' ? body : JSON.stringify(body), url: 'http://p:9090/', redirects: 0 });
  // Shapes of Prometheus' HTTP API (GET /api/v1/query).
  const vector = (...values: string[]): unknown => ({
    status: 'success', data: { resultType: 'vector', result: values.map((v, i) => ({ metric: { instance: `i${i}` }, value: [1700000000.123, v] })) },
  });
  const scalar = (v: string): unknown => ({ status: 'success', data: { resultType: 'scalar', result: [1700000000, v] } });

  it('hands conditions a list for a vector, a number for a scalar, every value of a matrix', () => {
    expect(promResult(vector('0.97', 'NaN', '+Inf', '-Inf'))).toEqual({ result: [0.97, Number.NaN, Infinity, -Infinity] });
    expect(promResult(scalar('NaN'))).toEqual({ result: Number.NaN });
    const matrix = { status: 'success', data: { resultType: 'matrix', result: [
      { metric: {}, values: [[1, '0.1'], [2, '0.2']] }, { metric: {}, values: [[1, '0.3']] }] } };
    expect(promResult(matrix)).toEqual({ result: [0.1, 0.2, 0.3] });
    expect(promResult({ status: 'success', data: { resultType: 'string', result: [1, 'x'] } })).toMatchObject({ error: expect.stringContaining('cannot be judged') });
  });

  it('passes, fails and is inconclusive as the conditions say, showing the result', () => {
    expect(evaluatePrometheus(t, res(200, vector('0.97')))).toEqual({ verdict: 'pass', value: 0.97, detail: 'result 0.97: success condition result >= 0.95 is true' });
    expect(evaluatePrometheus(t, res(200, vector('0.5'))).verdict).toBe('fail');
    expect(evaluatePrometheus(t, res(200, scalar('NaN')))).toMatchObject({ verdict: 'inconclusive', detail: 'result NaN: neither the success nor the failure condition is true' });
    expect(evaluatePrometheus(target('result >= 0.95'), res(200, scalar('NaN'))).verdict).toBe('fail');
    const all = evaluatePrometheus(target('all(result, # >= 0.95)'), res(200, vector('0.97', '0.99', '1', '0.96', '0.98', '0.97')));
    expect(all).toMatchObject({ verdict: 'pass', detail: 'result [0.97, 0.99, 1, 0.96, 0.98, …] (6 samples): success condition all(result, # >= 0.95) is true' });
  });

  it('no data that a later sample may bring is inconclusive; a condition no result can satisfy stops with error', () => {
    expect(evaluatePrometheus(t, res(200, vector()))).toEqual({
      verdict: 'inconclusive', value: undefined,
      detail: 'no data: could not evaluate success condition result >= 0.95: result is empty where a number is needed (no data); write len(result) > 0 && result[0] >= …, or default(result, 0)',
    });
    expect(evaluatePrometheus(target('len(result) == 0 || result[0] >= 0.95'), res(200, vector())).verdict).toBe('pass');
    expect(evaluatePrometheus(target('result.ok == true'), res(200, vector('1')))).toMatchObject({ verdict: 'error', fatal: true });
    expect(evaluatePrometheus(target('result[0] >= 0.95'), res(200, scalar('1')))).toMatchObject({ verdict: 'error', fatal: true });
  });

  it('a refused credential, a query that does not parse, a page that is not Prometheus: error at once', () => {
    expect(evaluatePrometheus(t, res(401, 'Unauthorized'))).toEqual({ verdict: 'error', detail: 'prometheus refused the credentials (status 401)', fatal: true });
    const bad = evaluatePrometheus(t, res(400, { status: 'error', errorType: 'bad_data', error: 'invalid parameter "query": 1:5: parse error: unclosed left parenthesis' }));
    expect(bad).toMatchObject({ verdict: 'error', fatal: true, detail: expect.stringMatching(/^prometheus: bad_data: invalid parameter "query"/) });
    expect(evaluatePrometheus(t, res(200, '<html>Grafana</html>'))).toMatchObject({ verdict: 'error', fatal: true });
    expect(evaluatePrometheus(t, res(200, { status: 'success', data: { resultType: 'string', result: [1, 'x'] } }))).toMatchObject({ verdict: 'error', fatal: true });
  });

  it('an outage of Prometheus says nothing of the service: inconclusive, asked again', async () => {
    expect(evaluatePrometheus(t, res(503, { status: 'error', errorType: 'unavailable', error: 'x' }))).toMatchObject({ verdict: 'inconclusive' });
    expect(evaluatePrometheus(t, res(502, '<html>bad gateway</html>'))).toMatchObject({ verdict: 'inconclusive' });
    const down: HttpPort = { get: () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:9090')) };
    expect(await probePrometheus(t, down, 1000)).toEqual({ verdict: 'inconclusive', detail: 'prometheus: connect ECONNREFUSED 127.0.0.1:9090; will ask again' });
  });

  it('asks for the query with a timeout and the configured headers', async () => {
    const seen: { url: string; headers?: Record<string, string> }[] = [];
    const http: HttpPort = { get: (req) => (seen.push(req), Promise.resolve(res(200, vector('0.99')))) };
    const tq = { ...t, query: 'sum(rate(x[5m]))', headers: { 'X-Scope-OrgID': 'a' } };
    expect((await probePrometheus(tq, http, 2500)).verdict).toBe('pass');
    expect(seen).toEqual([expect.objectContaining({ url: 'http://p:9090/api/v1/query?query=sum%28rate%28x%5B5m%5D%29%29&timeout=2s', headers: { 'X-Scope-OrgID': 'a' } })]);
  });
});
