// GITOPS_PROMOTE_TEST_BACKOFF_MS: for tests only. Integration tests run the built bundles as separate processes,
// so they cannot hand runPromote a fake sleep; twenty promotions racing one remote would otherwise sleep through
// seconds of real back-off per loser and the suite would measure the clock instead of the retry logic. The
// variable can only shorten the push retry back-off (a unit from 0 to 250 ms, the default), never lengthen it,
// so a stray value in a real workflow cannot slow or weaken a promotion. Not an input, not a flag, not in --help.
import { UserError, quote } from '../core/errors.js';
import { BACKOFF_BASE_MS } from '../core/promote/deliver-push.js';

export const TEST_BACKOFF_ENV = 'GITOPS_PROMOTE_TEST_BACKOFF_MS';

/** The push retry back-off unit the environment asks for, or undefined for the default. */
export function testBackoffBaseMs(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const raw = env[TEST_BACKOFF_ENV];
  if (raw === undefined || raw === '') return undefined;
  if (!/^\d{1,3}$/.test(raw) || Number(raw) > BACKOFF_BASE_MS) {
    throw new UserError(
      `${TEST_BACKOFF_ENV} is ${quote(raw)}; expected a whole number of milliseconds from 0 to ${BACKOFF_BASE_MS}` +
        ' (a test-only setting: unset it)',
    );
  }
  return Number(raw);
}
