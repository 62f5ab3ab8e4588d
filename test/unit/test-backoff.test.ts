// The test-only back-off variable: it can shorten the push retry back-off for integration tests, never lengthen
// it, and a bad value is one error line naming the variable.
import { describe, expect, it } from '@jest/globals';
import { TEST_BACKOFF_ENV, testBackoffBaseMs } from '../../src/adapters/test-backoff.js';
import { UserError } from '../../src/core/errors.js';

const read = (value: string | undefined): number | undefined => testBackoffBaseMs({ [TEST_BACKOFF_ENV]: value });

describe(TEST_BACKOFF_ENV, () => {
  it('is absent or empty: the default applies', () => {
    expect([read(undefined), read(''), testBackoffBaseMs({})]).toEqual([undefined, undefined, undefined]);
  });

  it('takes a unit from 0 to the default 250 ms', () => {
    expect([read('0'), read('5'), read('250')]).toEqual([0, 5, 250]);
  });

  it.each(['251', '1000', '-1', '1.5', ' 5', '5ms', 'abc'])('refuses %j with one line naming the variable', (raw) => {
    const run = (): unknown => read(raw);
    expect(run).toThrow(UserError);
    const expected = `${TEST_BACKOFF_ENV} is ${JSON.stringify(raw)};`
      + ' expected a whole number of milliseconds from 0 to 250 (a test-only setting: unset it)';
    expect(run).toThrow(expected);
  });
});
