// The condition language of metric checks (`successCondition: result[0] >= 0.95`): Argo Rollouts' expressions
// (expr-lang, as utils/evaluate/evaluate.go sets it up), implemented under ./expr/ as a tokenizer, a parser, a static
// check and an evaluator. Nothing is ever handed to eval or Function.
export { compileCondition, evaluate, type Condition } from './expr/condition.js';
export { EvalError, ExpressionError } from './expr/errors.js';
export { judge, type Judgement, type MetricVerdict } from './expr/judge.js';
export { tokenize, type Token } from './expr/tokenize.js';
export { show, showNumber, type Val } from './expr/values.js';
