// Argo Rollouts' verdict over both conditions (utils/evaluate/evaluate.go, EvaluateResult), phase for phase:
// Successful → pass, Failed → fail, Inconclusive → inconclusive, Error → error.
import { evaluate, type Condition } from './condition.js';
import type { EvalError } from './errors.js';
import type { Val } from './values.js';

export type MetricVerdict = 'pass' | 'fail' | 'inconclusive' | 'error';

export interface Judgement {
  verdict: MetricVerdict;
  why: string;
  /** For error: the data may change it (no sample yet, several samples where one was expected). */
  waitable?: boolean;
}

function failed(which: string, c: Condition, e: EvalError, result: Val): Judgement {
  const empty = result === null || (Array.isArray(result) && result.length === 0);
  // Argo Rollouts' formatEvalError says so when the result is empty, whatever the expression error was.
  const why = empty && !/no data/.test(e.message) ? `the query returned no data: ${e.message}` : e.message;
  return { verdict: 'error', why: `could not evaluate ${which} condition ${c.source}: ${why}`, waitable: e.waitable };
}

/**
 * Both conditions are evaluated, success first; an error in either is the verdict. Without conditions: pass. With
 * only a success condition, false fails; with only a failure condition, false passes; failure true fails; success
 * true passes; both false is inconclusive. NaN compares false (so `result >= 0.95` alone fails on NaN, and with
 * `result < 0.95` as failure condition it is inconclusive); `all()` of no samples is true, as in Argo Rollouts.
 */
export function judge(success: Condition | undefined, failure: Condition | undefined, result: Val): Judgement {
  const s = success ? evaluate(success, result) : undefined;
  if (typeof s === 'object') return failed('success', success as Condition, s, result);
  const f = failure ? evaluate(failure, result) : undefined;
  if (typeof f === 'object') return failed('failure', failure as Condition, f, result);
  if (f === true) return { verdict: 'fail', why: `failure condition ${failure?.source} is true` };
  if (s === true) return { verdict: 'pass', why: `success condition ${success?.source} is true` };
  if (s === false && !failure) return { verdict: 'fail', why: `success condition ${success?.source} is false` };
  if (f === false && !success) return { verdict: 'pass', why: `failure condition ${failure?.source} is false` };
  if (s === undefined && f === undefined) return { verdict: 'pass', why: 'no condition' };
  return { verdict: 'inconclusive', why: 'neither the success nor the failure condition is true' };
}
