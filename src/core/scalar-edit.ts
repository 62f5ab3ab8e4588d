// Replace one scalar's token in place: only the bytes of the value change.
import { isAlias, isMap, isScalar, isSeq, Scalar, type Node, type Pair } from 'yaml';
import { UserError } from './errors.js';
import { tokenFor, type QuoteStyle } from './scalar-style.js';
import type { SourceText } from './source-text.js';
import type { Splice } from './splice.js';

export interface ScalarEdit {
  splice: Splice;
  /** The old value as written (decoded), '' for an empty one. */
  from: string;
  line: number;
}

const STYLE: Partial<Record<string, QuoteStyle>> = {
  [Scalar.PLAIN]: 'plain',
  [Scalar.QUOTE_SINGLE]: 'single',
  [Scalar.QUOTE_DOUBLE]: 'double',
};

/** A scalar that is `key:` with nothing after it (or `- ` with nothing): the new token is inserted. */
export function isEmptyScalar(node: Node): boolean {
  return isScalar(node) && node.type === Scalar.PLAIN && !!node.range && node.range[0] === node.range[1];
}

export function editScalar(
  node: Node, pair: Pair | undefined, value: string, inFlow: boolean, src: SourceText, file: string, label: string,
): ScalarEdit {
  const line = node.range ? src.lineOf(node.range[0]) : 1;
  if (isAlias(node)) throw new UserError(`${label} is an alias; edit its anchor instead`, file, line);
  if (!isScalar(node) || !node.range) {
    const what = isMap(node) ? 'a mapping' : isSeq(node) ? 'a list' : 'not a scalar';
    throw new UserError(`${label} is ${what}; expected a scalar value such as a tag`, file, line);
  }
  const style = STYLE[node.type ?? ''];
  if (!style) throw new UserError(`${label} is a block scalar (| or >); expected a one-line scalar value`, file, line);
  const [start, end] = node.range;
  const text = src.text;
  if (isEmptyScalar(node)) {
    // Insert right after "key:" (and any &anchor/!tag), keeping the spaces and comment that follow.
    let at = start;
    if (pair && isScalar(pair.key) && pair.key.range) {
      at = pair.key.range[1];
      while (text[at] === ' ' || text[at] === '\t') at++;
      if (text[at] === ':') at++;
      for (;;) {
        let p = at;
        while (text[p] === ' ' || text[p] === '\t') p++;
        if (text[p] !== '&' && text[p] !== '!') break;
        while (p < text.length && !/[\s,\]}]/.test(text[p] as string)) p++;
        at = p;
      }
    } else {
      while (at > 0 && (text[at - 1] === ' ' || text[at - 1] === '\t')) at--;
    }
    return { splice: { start: at, end: at, text: ` ${tokenFor(value, 'plain', inFlow)}` }, from: '', line };
  }
  return { splice: { start, end, text: tokenFor(value, style, inFlow) }, from: String(node.value), line };
}
