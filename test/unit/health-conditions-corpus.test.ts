// Real conditions from Argo Rollouts (test/fixtures/conditions/argo-rollouts.yaml: docs, examples, e2e and the
// metric providers' tests, each with its file and line): every one compiles here unless Argo Rollouts refuses it
// too, and every phase the source states for a result is the verdict here.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import {
  compileCondition, ExpressionError, judge, type Condition, type Val,
} from '../../src/core/health/expression.js';

interface Case { result: Val; phase: 'Successful' | 'Failed' | 'Inconclusive' | 'Error' }
interface Entry {
  source: string;
  success?: string;
  failure?: string;
  argoRefuses?: string;
  note?: string;
  cases?: Case[];
}
interface Corpus { conditions: Entry[]; invalid: { source: string; condition: string }[] }

const file = fileURLToPath(new URL('../fixtures/conditions/argo-rollouts.yaml', import.meta.url));
const corpus = parse(readFileSync(file, 'utf8')) as Corpus;
const PHASE = { Successful: 'pass', Failed: 'fail', Inconclusive: 'inconclusive', Error: 'error' } as const;

/** The compiled condition, or the message that refused it. */
function tryCompile(text: string): Condition | string {
  try {
    return compileCondition(text);
  } catch (e) {
    if (e instanceof ExpressionError) return e.message;
    throw e;
  }
}

const texts = (e: Entry): string[] => [e.success, e.failure].filter((t): t is string => t !== undefined);
const distinct = [...new Set(corpus.conditions.flatMap(texts))];

describe('the Argo Rollouts condition corpus', () => {
  it('holds at least 40 distinct real conditions, each with its source', () => {
    expect(distinct.length).toBeGreaterThanOrEqual(40);
    for (const e of corpus.conditions) expect(e.source).toMatch(/^(docs|examples|test|metricproviders|utils)\/\S+:\d+/);
  });

  it('accepts every condition Argo Rollouts accepts (at least 95% of the corpus), and refuses its typo', () => {
    const refusedByArgo = new Set(corpus.conditions.filter((e) => e.argoRefuses).flatMap(texts));
    const refused = distinct.filter((t) => typeof tryCompile(t) === 'string');
    expect(refused).toEqual([...refusedByArgo]);
    expect((distinct.length - refused.length) / distinct.length).toBeGreaterThanOrEqual(0.95);
    expect(tryCompile('results[0] >= 90.000000')).toMatch(/^unknown name "results"; did you mean result\?/);
  });

  it('gives the phase the source states, result by result', () => {
    const cases = corpus.conditions.flatMap((e) => (e.cases ?? []).map((c) => ({ e, c })));
    expect(cases.length).toBeGreaterThanOrEqual(50);
    const got = cases.map(({ e, c }) => {
      const s = e.success === undefined ? undefined : (tryCompile(e.success) as Condition);
      const f = e.failure === undefined ? undefined : (tryCompile(e.failure) as Condition);
      return `${e.source} ${JSON.stringify(c.result)}: ${judge(s, f, c.result).verdict}`;
    });
    expect(got).toEqual(cases.map(({ e, c }) => `${e.source} ${JSON.stringify(c.result)}: ${PHASE[c.phase]}`));
  });

  it("gives Argo's documented NaN, +Inf and empty-result examples Argo's verdict", () => {
    const documented = corpus.conditions.filter((e) => /docs\/features\/analysis\.md:1(2|3|4)\d\d/.test(e.source));
    const verdicts = documented.flatMap((e) => (e.cases ?? []).map((c) => {
      const s = e.success === undefined ? undefined : (compileCondition(e.success));
      const f = e.failure === undefined ? undefined : (compileCondition(e.failure));
      return [judge(s, f, c.result).verdict, PHASE[c.phase]];
    }));
    expect(verdicts.length).toBeGreaterThanOrEqual(8);
    for (const [got, want] of verdicts) expect(got).toBe(want);
  });

  it('refuses the conditions Argo Rollouts tests as broken, saying why', () => {
    const why = corpus.invalid.map((i) => tryCompile(i.condition));
    expect(why).toEqual([
      expect.stringMatching(/^unexpected "10\.000000"; expected an operator or the end at column 11/),
      expect.stringMatching(/^unknown name "a"/),
      expect.stringMatching(/^unknown name "invalidVariable"/),
      expect.stringMatching(/^the condition is a number, not true\/false/),
      expect.stringMatching(/^unknown name "invalidVar"/),
      expect.stringMatching(/^method calls are not supported/),
      expect.stringMatching(/^== compares a number with a string: they are never equal/),
    ]);
  });
});
