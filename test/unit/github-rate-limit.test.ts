// The rate-limit rules both GitHub transports share: what counts as a rate limit, how long to wait, the ceiling.
import { describe, expect, it } from '@jest/globals';
import { UserError } from '../../src/core/errors.js';
import {
  DEFAULT_MAX_WAIT_MS, MAX_WAIT_ENV, backoff, decideWait, maxWaitFromEnv, rateLimitKind, rateLimitWaitMs,
} from '../../src/adapters/github-rate-limit.js';

const SECONDARY = 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.';

describe('rateLimitKind', () => {
  it('tells a secondary limit by its message or retry-after, with or without other headers', () => {
    expect(rateLimitKind(403, {}, SECONDARY)).toBe('secondary');
    expect(rateLimitKind(429, {}, SECONDARY)).toBe('secondary');
    expect(rateLimitKind(403, { 'retry-after': '30' }, 'Forbidden')).toBe('secondary');
  });

  it('tells a spent quota (REST) and a GraphQL RATE_LIMITED error as primary limits', () => {
    expect(rateLimitKind(403, { 'x-ratelimit-remaining': '0' }, 'API rate limit exceeded')).toBe('primary');
    expect(rateLimitKind(200, { 'x-ratelimit-remaining': '12' }, '', ['RATE_LIMITED'])).toBe('primary');
    expect(rateLimitKind(200, {}, '', ['RATE_LIMIT'])).toBe('primary');
  });

  it('leaves permission failures, other GraphQL errors and server errors alone; a bare 429 is a limit', () => {
    const refused = 'Resource not accessible by integration';
    expect(rateLimitKind(403, { 'x-ratelimit-remaining': '4990' }, refused)).toBeUndefined();
    expect(rateLimitKind(200, {}, '', ['NOT_FOUND'])).toBeUndefined();
    expect(rateLimitKind(502, { 'retry-after': '5' }, 'Bad gateway')).toBeUndefined();
    expect(rateLimitKind(429, {}, 'Too Many Requests')).toBe('secondary');
  });
});

describe('rateLimitWaitMs', () => {
  const now = Date.UTC(2026, 10, 30, 12, 0, 0);

  it('honours retry-after in full, however long (no silent 60 s cap)', () => {
    expect(rateLimitWaitMs('secondary', { 'retry-after': '1200' }, 0, now)).toBe(1_200_000);
  });

  it('waits a minute for a secondary limit without headers, doubling on each repeat', () => {
    expect([0, 1, 2].map((n) => rateLimitWaitMs('secondary', {}, n, now))).toEqual([60_000, 120_000, 240_000]);
  });

  it('waits for a spent quota until one second past x-ratelimit-reset; a minute without the header', () => {
    const reset = String(now / 1000 + 300);
    const spent = { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset };
    expect(rateLimitWaitMs('primary', spent, 0, now)).toBe(301_000);
    expect(rateLimitWaitMs('primary', { 'x-ratelimit-reset': String(now / 1000 - 5) }, 0, now)).toBe(1000);
    expect(rateLimitWaitMs('primary', {}, 0, now)).toBe(60_000);
  });

  it('backoff grows only for secondary limits', () => {
    expect(backoff('secondary', 1000, 3)).toBe(8000);
    expect(backoff('primary', 5000, 3)).toBe(5000);
    expect(backoff('primary', 0, 0)).toBe(1000);
  });
});

describe('decideWait', () => {
  it('waits within the ceiling and says how long, and which attempt follows', () => {
    expect(decideWait('POST /repos/{owner}/{repo}/pulls', 'secondary', 600_000, 0, DEFAULT_MAX_WAIT_MS)).toEqual({
      wait: true, ms: 600_000,
      message: "POST /repos/{owner}/{repo}/pulls: GitHub's secondary rate limit; waiting 10m before attempt 2/4",
    });
  });

  it('refuses a wait past the ceiling at once, naming the setting', () => {
    expect(decideWait('GET /x', 'primary', 20 * 60_000, 0, DEFAULT_MAX_WAIT_MS)).toEqual({
      wait: false,
      message: `GET /x: GitHub's primary rate limit asks to wait 20m, longer than the 15m allowed (${MAX_WAIT_ENV}); `
        + 'not waiting',
    });
  });

  it('gives up after three waits', () => {
    expect(decideWait('GET /x', 'secondary', 1000, 3, DEFAULT_MAX_WAIT_MS))
      .toMatchObject({ wait: false, message: expect.stringContaining('giving up') });
  });
});

describe('maxWaitFromEnv', () => {
  it('defaults to 15 minutes and reads a duration', () => {
    expect(maxWaitFromEnv({})).toBe(15 * 60_000);
    expect(maxWaitFromEnv({ [MAX_WAIT_ENV]: ' ' })).toBe(15 * 60_000);
    expect(maxWaitFromEnv({ [MAX_WAIT_ENV]: '1h' })).toBe(3_600_000);
    expect(maxWaitFromEnv({ [MAX_WAIT_ENV]: '0' })).toBe(0);
  });

  it('refuses a value that is not a duration with one line naming the variable and the value', () => {
    const e = (() => { try { maxWaitFromEnv({ [MAX_WAIT_ENV]: '900' }); } catch (x) { return x; } })();
    expect(e).toBeInstanceOf(UserError);
    const line = new RegExp(`^environment variable ${MAX_WAIT_ENV} "900": .*expected a duration such as`);
    expect((e as UserError).format()).toMatch(line);
  });
});
