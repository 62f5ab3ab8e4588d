// The two ways a condition goes wrong: it is not a condition (found before any request, exit 2), or it cannot be
// evaluated on this result (Argo Rollouts' Error phase).

/** A condition that does not parse or cannot work whatever the result: names the place in the text. */
export class ExpressionError extends Error {
  constructor(
    readonly reason: string,
    /** 0-based offset into the source. */
    readonly offset: number,
    readonly source: string,
  ) {
    const snippet = JSON.stringify(source.slice(offset, offset + 12));
    const near = offset >= source.length ? 'at the end' : `at column ${offset + 1} (${snippet})`;
    super(`${reason} ${near}`);
    this.name = 'ExpressionError';
  }
}

/**
 * A condition that fails on this result (a missing sample, a list where a number is needed, a type that does not
 * fit). `waitable`: the error comes from how much data the query returned, so a later sample may not have it (Argo
 * Rollouts retries such measurements up to consecutiveErrorLimit); otherwise it is the same for every sample.
 */
export class EvalError extends Error {
  constructor(
    message: string,
    readonly waitable: boolean,
  ) {
    super(message);
    this.name = 'EvalError';
  }
}

/** An error that depends on the amount of data: no sample, an index past the end, several samples for one number. */
export const dataError = (message: string): EvalError => new EvalError(message, true);

/** An error that no other sample can fix: a type that does not fit. */
export const typeError = (message: string): EvalError => new EvalError(message, false);
