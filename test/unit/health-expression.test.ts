import { describe, expect, it } from '@jest/globals';
import { compileCondition, evaluate, ExpressionError, judge, tokenize } from '../../src/core/health/expression.js';

const truth = (src: string, result: number[]): unknown => evaluate(compileCondition(src), result);
const errorOf = (src: string): ExpressionError => {
  try {
    compileCondition(src);
  } catch (e) {
    if (e instanceof ExpressionError) return e;
    throw e;
  }
  throw new Error(`no error for ${JSON.stringify(src)}`);
};

describe('condition language: parsing and evaluation', () => {
  it('tokenizes numbers, names, operators and keywords', () => {
    expect(tokenize('result[0] >= 0.95 and not isNaN(result)').map((t) => t.text)).toEqual(['result', '[', '0', ']', '>=', '0.95', 'and', 'not', 'isNaN', '(', 'result', ')', '']);
    expect(tokenize('1e-3 <= .5').map((t) => t.text)).toEqual(['1e-3', '<=', '.5', '']);
  });

  it('compares the first sample (result) and indexed samples (result[i])', () => {
    expect(truth('result >= 0.95', [0.97])).toBe(true);
    expect(truth('result >= 0.95', [0.9])).toBe(false);
    expect(truth('result[1] < 0.01', [5, 0.001])).toBe(true);
    expect(truth('result[0] >= 0.95', [0.95])).toBe(true);
  });

  it('has and/or/not in both spellings, with precedence and parentheses', () => {
    expect(truth('result > 1 || result < 0 && false', [2])).toBe(true);
    expect(truth('(result > 1 or result < 0) and false', [2])).toBe(false);
    expect(truth('not result > 1', [0])).toBe(true);
    expect(truth('!(result == 2)', [2])).toBe(false);
    expect(truth('true != false', [])).toBe(true);
  });

  it('does arithmetic with the usual precedence', () => {
    expect(truth('result[0] / result[1] < 0.01', [1, 200])).toBe(true);
    expect(truth('1 + 2 * 3 == 7', [1])).toBe(true);
    expect(truth('-result < -1', [2])).toBe(true);
  });

  it('len, min, max, all and any work over the samples', () => {
    expect(truth('len(result) == 3', [1, 2, 3])).toBe(true);
    expect(truth('min(result) >= 1 and max(result) <= 3', [1, 2, 3])).toBe(true);
    expect(truth('all(result, x >= 0.95)', [0.99, 0.96])).toBe(true);
    expect(truth('all(result, x >= 0.95)', [0.99, 0.5])).toBe(false);
    expect(truth('any(result, x > 0.5)', [0.1, 0.6])).toBe(true);
  });

  it('makes missing data and NaN unknown, never true, with three-valued logic', () => {
    expect(truth('result >= 0.95', [])).toEqual({ unknown: 'the query returned no data' });
    expect(truth('result < 0.95', [Number.NaN])).toMatchObject({ unknown: expect.stringContaining('NaN') });
    expect(truth('result[2] > 0', [1])).toMatchObject({ unknown: expect.stringContaining('result[2] does not exist') });
    expect(truth('all(result, x > 0)', [])).toMatchObject({ unknown: expect.any(String) });
    expect(truth('all(result, x > 0)', [1, Number.NaN])).toMatchObject({ unknown: expect.any(String) });
    expect(truth('all(result, x > 0)', [0, Number.NaN])).toBe(false); // one definite false decides
    expect(truth('false and result > 0', [])).toBe(false);
    expect(truth('true or result > 0', [])).toBe(true);
    expect(truth('not (result > 0)', [])).toMatchObject({ unknown: expect.any(String) });
    expect(truth('isNaN(result)', [Number.NaN])).toBe(true);
    expect(truth('len(result) == 0', [])).toBe(true);
  });

  it('reports errors with the column', () => {
    expect(errorOf('result >= ').message).toBe('the condition ends too early; expected a number, result, a function or "(" at the end');
    expect(errorOf('result => 0.9').message).toMatch(/^"=" is not an operator; expected "==" to compare at column 8/);
    expect(errorOf('result >= 0.9)').offset).toBe(13);
    expect(errorOf('foo > 1').message).toMatch(/unknown name "foo".* at column 1/);
    expect(errorOf('result > 1 & result < 2').message).toMatch(/"&" alone.*at column 12/);
    expect(errorOf('sqrt(result) > 1').message).toMatch(/unknown function "sqrt"/);
    expect(errorOf('0.5 < result < 1').message).toMatch(/comparisons do not chain/);
    expect(errorOf('result + 1').message).toMatch(/is a number, not true\/false/);
    expect(errorOf('result and true').message).toMatch(/expected a condition .* at column 1/);
    expect(errorOf('x > 1').message).toMatch(/"x" is only defined inside all/);
    expect(errorOf('len(result, 1) > 0').message).toMatch(/len\(\) takes 1 argument, got 2/);
    expect(errorOf('all(result, x + 1) ').message).toMatch(/must be a condition on x/);
    expect(errorOf('').message).toMatch(/the condition is empty/);
    expect(errorOf('result >= 0.95 $').message).toMatch(/unexpected character "\$" at column 16/);
    expect(errorOf('result > 1abc').message).toMatch(/a number runs into a name/);
  });

  it('never reaches eval or Function: names outside the language are refused', () => {
    expect(() => compileCondition('constructor > 1')).toThrow(ExpressionError);
    expect(() => compileCondition('process.exit(1)')).toThrow(ExpressionError);
    expect(() => compileCondition('result["length"] > 0')).toThrow(ExpressionError);
  });
});

describe('judge: Argo Rollouts rules, inconclusive on missing data', () => {
  const s = compileCondition('result >= 0.95');
  const f = compileCondition('result < 0.9');
  it('success and failure conditions decide; both false is inconclusive', () => {
    expect(judge(s, f, [0.97]).verdict).toBe('pass');
    expect(judge(s, f, [0.5]).verdict).toBe('fail');
    expect(judge(s, f, [0.92]).verdict).toBe('inconclusive');
  });
  it('a success condition alone fails when false; a failure condition alone passes when false', () => {
    expect(judge(s, undefined, [0.5]).verdict).toBe('fail');
    expect(judge(undefined, f, [0.95]).verdict).toBe('pass');
  });
  it('empty results and NaN are inconclusive, never a pass', () => {
    expect(judge(s, f, [])).toEqual({ verdict: 'inconclusive', why: 'the query returned no data' });
    expect(judge(s, undefined, [Number.NaN]).verdict).toBe('inconclusive');
    expect(judge(undefined, f, [Number.NaN]).verdict).toBe('inconclusive');
    // Even a condition that is true on no data does not pass it…
    expect(judge(compileCondition('len(result) == 0 or result > 1'), undefined, []).verdict).toBe('inconclusive');
    // …but a failure condition can fail it.
    expect(judge(s, compileCondition('len(result) == 0'), []).verdict).toBe('fail');
  });
});
